/**
 * Publishes an element's height as a CSS custom property on <html>, so a layout that must stay clear of
 * it (the phone's bottom sheet above the pinned timeline) follows it as it changes, without a re-render.
 * Returns a function that stops observing.
 */
export function publishHeight(element: HTMLElement, property: string, root: HTMLElement): () => void {
  const write = () =>
    root.style.setProperty(property, `${Math.ceil(element.getBoundingClientRect().height)}px`);
  write();
  if (typeof ResizeObserver === 'undefined') return () => undefined;
  const observer = new ResizeObserver(write);
  observer.observe(element);
  return () => observer.disconnect();
}
