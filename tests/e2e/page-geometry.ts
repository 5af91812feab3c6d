import type { Page } from 'playwright-core';

/** Two text boxes of different components that cover each other on screen. */
export interface TextOverlap {
  readonly first: string;
  readonly second: string;
  readonly components: string;
  readonly scrollY: number;
}

/** A control a pointer cannot reach: something else is drawn on top of its centre. */
export interface CoveredControl {
  readonly control: string;
  readonly coveredBy: string;
  readonly scrollY: number;
}

export interface ScreenSweep {
  readonly overlaps: readonly TextOverlap[];
  readonly covered: readonly CoveredControl[];
  /** Text boxes seen over the whole sweep (a sweep that saw nothing proves nothing). */
  readonly textBoxes: number;
  /** Controls whose centre was checked at least once. */
  readonly controlsChecked: number;
  readonly pageWiderThanWindow: boolean;
}

/**
 * The components whose text must never lie on another's: the header, the filters (column or
 * bar), the briefing bar, each card of the content, the sources panel.
 */
const COMPONENTS =
  '.report-header, .filters-bar, .filters-slot, .briefing-bar, .dashboard-content > section > *, .dashboard-content > *:not(section), .sources-panel';

/**
 * Runs in the page, on what the viewport shows now. A text box counts when it is drawn on top at
 * its centre (text under the sticky bar, or scrolled out of a table's box, is not seen, so it
 * cannot overlap); two counted boxes of different components that intersect are an overlap.
 */
function inViewport(components: string) {
  const describe = (element: Element) =>
    `${element.tagName.toLowerCase()}.${(element.getAttribute('class') ?? '').split(' ')[0]}`;
  const centre = (rect: DOMRect) => ({
    x: Math.min(Math.max(rect.x + rect.width / 2, 0), innerWidth - 1),
    y: Math.min(Math.max(rect.y + rect.height / 2, 0), innerHeight - 1),
  });
  const REPLACED = new Set(['IMG', 'svg', 'CANVAS', 'INPUT', 'SELECT', 'TEXTAREA', 'VIDEO']);
  const opaque = (element: Element) => {
    if (REPLACED.has(element.tagName)) return true;
    const style = getComputedStyle(element);
    return (
      style.backgroundImage !== 'none' ||
      !/rgba\(.*,\s*0\)|transparent/u.test(style.backgroundColor)
    );
  };
  // Text is seen where nothing opaque is drawn above it (a transparent box above it hides
  // nothing, which is how one text comes to lie on another); text scrolled out of a table's box
  // is clipped and not hit at all.
  const textSeen = (element: Element, rect: DOMRect) => {
    const { x, y } = centre(rect);
    for (const above of document.elementsFromPoint(x, y)) {
      if (above === element || element.contains(above)) return true;
      if (!above.contains(element) && opaque(above)) return false;
    }
    return false;
  };
  // A bar that stays at the top (sticky or fixed, a strip of the screen) covers what scrolls under
  // it: scrolling on reaches that. A sticky box as tall as the screen is no bar.
  const underBar = (top: Element | null) => {
    for (let box = top; box; box = box.parentElement) {
      const { position } = getComputedStyle(box);
      if (position === 'sticky' || position === 'fixed')
        return box.getBoundingClientRect().height < innerHeight / 4;
    }
    return false;
  };
  // A pointer reaches a control only where the control itself is the top element.
  const pointerReaches = (element: Element, rect: DOMRect) => {
    const { x, y } = centre(rect);
    const top = document.elementFromPoint(x, y);
    return { top, reached: top !== null && (top === element || element.contains(top)) };
  };
  const boxes: { rect: DOMRect; component: Element; text: string }[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim() ?? '';
    const element = node.parentElement;
    if (!text || !element || element.closest('.visually-hidden')) continue;
    // Inside a closed <details> or a display: none box: laid out for queries, never drawn.
    if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
    const component = element.closest(components);
    if (!component) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) {
      if (rect.width < 1 || rect.height < 1 || rect.bottom < 0 || rect.top > innerHeight) continue;
      if (textSeen(element, rect)) boxes.push({ rect, component, text: text.slice(0, 40) });
    }
  }
  boxes.sort((a, b) => a.rect.y - b.rect.y);
  const overlaps: Omit<TextOverlap, 'scrollY'>[] = [];
  for (let i = 0; i < boxes.length; i += 1) {
    const a = boxes[i]!;
    for (let j = i + 1; j < boxes.length; j += 1) {
      const b = boxes[j]!;
      if (b.rect.y >= a.rect.bottom) break;
      if (a.component.contains(b.component) || b.component.contains(a.component)) continue;
      const across = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.x, b.rect.x);
      const down = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.y, b.rect.y);
      if (across > 2 && down > 2)
        overlaps.push({
          first: a.text,
          second: b.text,
          components: `${describe(a.component)} / ${describe(b.component)}`,
        });
    }
  }
  const covered: Omit<CoveredControl, 'scrollY'>[] = [];
  let controlsChecked = 0;
  for (const control of document.querySelectorAll(
    'button:not(:disabled), select, input, a[href], summary',
  )) {
    if (control.closest('.visually-hidden') || !control.checkVisibility()) continue;
    const rect = control.getBoundingClientRect();
    if (rect.width < 1 || rect.height < 1) continue;
    if (rect.top < 0 || rect.bottom > innerHeight || rect.left < 0 || rect.right > innerWidth)
      continue;
    // Clipped by a scrolling box (a long table): reached by scrolling that box, not the page.
    let clipped = false;
    for (let box = control.parentElement; box && !clipped; box = box.parentElement) {
      const style = getComputedStyle(box);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const outer = box.getBoundingClientRect();
      clipped =
        rect.top < outer.top ||
        rect.bottom > outer.bottom ||
        rect.left < outer.left ||
        rect.right > outer.right;
    }
    if (clipped) continue;
    controlsChecked += 1;
    const { top, reached } = pointerReaches(control, rect);
    if (!reached && !underBar(top))
      covered.push({
        control: `${describe(control)} "${control.textContent?.trim().slice(0, 30) ?? ''}"`,
        coveredBy: top ? describe(top) : 'nothing',
      });
  }
  return {
    textBoxes: boxes.length,
    overlaps,
    covered,
    controlsChecked,
    pageWiderThanWindow: document.documentElement.scrollWidth > innerWidth + 1,
  };
}

const nextFrames = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
  );

/** Scrolls the whole page, a screen at a time as a reader would, and checks what each screen shows. */
export async function sweepScreen(page: Page): Promise<ScreenSweep> {
  const height = page.viewportSize()?.height ?? 900;
  const step = Math.round(height * 0.8);
  const overlaps: TextOverlap[] = [];
  const covered: CoveredControl[] = [];
  let textBoxes = 0;
  let controlsChecked = 0;
  let pageWiderThanWindow = false;
  for (let scrollY = 0; ; scrollY += step) {
    await page.evaluate((top) => window.scrollTo(0, top), scrollY);
    // Sections below the first screen are laid out once near the viewport (content-visibility).
    await page.waitForTimeout(300);
    await page.evaluate(nextFrames);
    const screen = await page.evaluate(inViewport, COMPONENTS);
    textBoxes += screen.textBoxes;
    controlsChecked += screen.controlsChecked;
    pageWiderThanWindow ||= screen.pageWiderThanWindow;
    overlaps.push(...screen.overlaps.map((overlap) => ({ ...overlap, scrollY })));
    covered.push(...screen.covered.map((control) => ({ ...control, scrollY })));
    const total = await page.evaluate(() => document.documentElement.scrollHeight);
    if (scrollY + height >= total) break;
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  return { overlaps, covered, textBoxes, controlsChecked, pageWiderThanWindow };
}
