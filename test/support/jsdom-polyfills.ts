/** What jsdom lacks and Fluent UI calls: layout observers (nothing is laid out under jsdom). */
class NoLayoutObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const w = window as unknown as Record<string, unknown>;
w.ResizeObserver ??= NoLayoutObserver;
w.IntersectionObserver ??= NoLayoutObserver;
