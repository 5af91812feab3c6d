import type { SectionNode } from '../paragraphs-state.ts';

function SectionItems({ nodes }: { nodes: readonly SectionNode[] }) {
  return (
    <ul>
      {nodes.map(({ section, firstParagraph, children }) => {
        const label = (
          <>
            <span className="section-label">{section.label}</span>{' '}
            <span lang="zh-Hans">{section.title}</span>
          </>
        );
        return (
          <li key={section.id}>
            {firstParagraph === null ? label : <a href={`#p-${firstParagraph}`}>{label}</a>}
            {children.length > 0 ? <SectionItems nodes={children} /> : null}
          </li>
        );
      })}
    </ul>
  );
}

export function SectionTree({ nodes }: { nodes: readonly SectionNode[] }) {
  return (
    <nav className="section-tree" aria-labelledby="sections-heading">
      <h2 id="sections-heading">Sections</h2>
      <SectionItems nodes={nodes} />
    </nav>
  );
}
