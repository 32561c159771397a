import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nextMarkIndex } from './keyboard.js';
import type { Mark } from './marks.js';

/** What the navigation needs to know of the drawn chart. */
export interface MarkGrid {
  marks: readonly Mark[];
  grid: { categories: number; series: number };
  categoryAxis: 'x' | 'y';
}

const markIndex = (target: EventTarget | null, attribute: 'data-mark' | 'data-hover'): number => {
  const element = target instanceof Element ? target.closest(`[${attribute}]`) : null;
  return element ? Number(element.getAttribute(attribute)) : -1;
};

/**
 * Which mark is the tab stop, focused or pointed at: a roving tab index (one mark in the tab order, the arrow keys
 * move between the others) and the outline and readout that follow the pointer or the focus. The chart draws from
 * it; the events come from the plot's box, which calls the handlers here.
 */
export class MarkNavigationController implements ReactiveController {
  active = 0;
  hovered = -1;
  focused = -1;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The marks as last drawn, with the element in which to focus the next one. */
    private readonly drawn: () => { grid: MarkGrid; root: ParentNode } | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Keeps the tab stop on a mark that exists after the chart is drawn again with fewer marks. */
  fit(count: number): void {
    if (this.active >= count) this.active = 0;
  }

  /** The mark whose value the readout shows: the one pointed at, else the focused one. */
  get current(): number {
    return this.hovered >= 0 ? this.hovered : this.focused;
  }

  tabIndexOf(mark: Mark): number {
    return mark.index === this.active ? 0 : -1;
  }

  isCurrent(mark: Mark): boolean {
    return mark.index === this.hovered || mark.index === this.focused;
  }

  readonly onKeydown = async (event: KeyboardEvent): Promise<void> => {
    const drawn = this.drawn();
    const from = markIndex(event.target, 'data-mark');
    if (!drawn || from < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Escape') {
      this.set({ hovered: -1 });
      return;
    }
    const { grid, categoryAxis } = drawn.grid;
    const next = nextMarkIndex(event.key, from, grid, categoryAxis);
    if (next === undefined) return;
    event.preventDefault();
    this.set({ active: next, hovered: -1 });
    await this.host.updateComplete;
    drawn.root.querySelector<SVGElement>(`[data-mark="${next}"]`)?.focus();
  };

  readonly onFocusIn = (event: FocusEvent): void => {
    const index = markIndex(event.target, 'data-mark');
    if (index >= 0) this.set({ active: index, focused: index });
  };

  readonly onFocusOut = (): void => this.set({ focused: -1 });

  readonly onPointerOver = (event: PointerEvent): void =>
    this.set({ hovered: markIndex(event.target, 'data-hover') });

  readonly onPointerLeave = (): void => this.set({ hovered: -1 });

  private set(change: Partial<Pick<MarkNavigationController, 'active' | 'hovered' | 'focused'>>): void {
    Object.assign(this, change);
    this.host.requestUpdate();
  }
}
