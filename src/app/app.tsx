import { ParagraphsPage } from '../features/paragraphs/components/paragraphs-page.tsx';

export function App() {
  return <ParagraphsPage />;
}
