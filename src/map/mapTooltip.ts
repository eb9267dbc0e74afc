/**
 * The map's one tooltip: a MapLibre Popup whose content is built from DOM nodes with `textContent`,
 * so text from the data can never become markup.
 */
import * as maplibregl from 'maplibre-gl';
import type { TooltipContent } from './tooltipContent';

export class MapTooltip {
  private readonly popup: maplibregl.Popup;
  /** What the tooltip is about (e.g. `country:FRA`), so the same hover does not rebuild it. */
  private subject: string | null = null;

  constructor(private readonly map: maplibregl.Map) {
    this.popup = new maplibregl.Popup({
      closeButton: false,
      closeOnClick: false,
      closeOnMove: false,
      focusAfterOpen: false,
      maxWidth: '280px',
      offset: 12,
      className: 'atlas-tooltip',
    });
  }

  /** Shows `content` at a place; `subject` identifies it so a repeated call only moves the tooltip. */
  show(subject: string, content: TooltipContent, at: maplibregl.LngLatLike): void {
    if (subject !== this.subject) {
      this.popup.setDOMContent(renderTooltip(content));
      this.subject = subject;
    }
    this.popup.setLngLat(at);
    if (!this.popup.isOpen()) this.popup.addTo(this.map);
  }

  /** The subject currently shown, or null. */
  get current(): string | null {
    return this.subject;
  }

  hide(): void {
    this.subject = null;
    this.popup.remove();
  }
}

/** Builds the tooltip's nodes; every string goes in as text. */
export function renderTooltip(content: TooltipContent): HTMLElement {
  const root = document.createElement('div');
  root.setAttribute('role', 'tooltip');
  appendSection(root, content);
  for (const extra of content.extra ?? []) {
    const section = document.createElement('div');
    section.className = 'atlas-tooltip-extra';
    appendSection(section, extra);
    root.append(section);
  }
  return root;
}

function appendSection(root: HTMLElement, content: TooltipContent): void {
  const title = document.createElement('strong');
  title.className = 'atlas-tooltip-title';
  title.textContent = content.title;
  root.append(title);
  for (const line of content.lines) {
    const paragraph = document.createElement('p');
    paragraph.className = 'atlas-tooltip-line';
    paragraph.textContent = line;
    root.append(paragraph);
  }
}
