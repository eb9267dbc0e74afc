/**
 * Actions for the accessibility, keyboard, phone and settings specs, in the driver's style: each takes
 * the `AtlasPage` and reads like something a person does. Kept beside driver.ts so the specs of other
 * areas are untouched.
 */
import { readFileSync } from 'node:fs';
import type { AtlasPage } from './driver';

export const AXE_PATH = 'node_modules/axe-core/axe.min.js';

/** What a screen reader would say the focused element is: its role (or tag) and its name. */
export interface FocusDescription {
  tag: string;
  role: string;
  name: string;
  /** True when the focused element draws a visible focus indicator (outline or box-shadow). */
  visibleFocus: boolean;
}

/** Presses Tab (or Shift+Tab) once. */
export async function pressTab(atlas: AtlasPage, backwards = false): Promise<void> {
  await atlas.page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
}

/** The focused element, described as assistive technology and a sighted keyboard user meet it. */
export function activeElementDescription(atlas: AtlasPage): Promise<FocusDescription> {
  return atlas.page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body)
      return { tag: 'body', role: '', name: '', visibleFocus: false };
    const labelledBy = element.getAttribute('aria-labelledby');
    const labelText = labelledBy
      ? labelledBy
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ')
      : '';
    const fieldLabel = element.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : '';
    const name =
      element.getAttribute('aria-label') ?? (labelText || fieldLabel || element.textContent || '').trim();
    const style = getComputedStyle(element);
    const visibleFocus =
      (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) ||
      style.boxShadow !== 'none';
    return {
      tag: element.tagName.toLowerCase(),
      role: element.getAttribute('role') ?? '',
      name: name.replace(/\s+/g, ' '),
      visibleFocus,
    };
  });
}

/** Presses Tab until the focused element matches, at most `limit` times; returns the stops on the way. */
export async function tabUntil(
  atlas: AtlasPage,
  matches: (focus: FocusDescription) => boolean,
  limit = 60,
): Promise<FocusDescription[]> {
  const stops: FocusDescription[] = [];
  for (let presses = 0; presses < limit; presses += 1) {
    await pressTab(atlas);
    const focus = await activeElementDescription(atlas);
    stops.push(focus);
    if (matches(focus)) return stops;
  }
  throw new Error(`Tab never reached the target; stops: ${stops.map((stop) => stop.name).join(' | ')}`);
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core on the page and returns the serious and critical violations. */
export async function runAxe(atlas: AtlasPage): Promise<AxeViolation[]> {
  const { page } = atlas;
  const hasAxe = () => page.evaluate(() => 'axe' in window);
  if (!(await hasAxe())) {
    await page.addScriptTag({ path: AXE_PATH }).catch(() => undefined);
    // A strict Content-Security-Policy may refuse the injected tag; evaluating the source is not a page script.
    if (!(await hasAxe())) await page.evaluate(readFileSync(AXE_PATH, 'utf8'));
  }
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }
    ).axe;
    interface AxeResults {
      violations: Array<{
        id: string;
        impact: string | null;
        help: string;
        nodes: Array<{ target: unknown[] }>;
      }>;
    }
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.slice(0, 5).map((node) => JSON.stringify(node.target)),
      }));
  });
}

/** Taps the map at a lon/lat with a finger (needs a context with `hasTouch`). */
export async function tapAt(atlas: AtlasPage, lon: number, lat: number): Promise<void> {
  const { x, y } = await atlas.screenPointOf(lon, lat);
  await atlas.page.touchscreen.tap(x, y);
}

/** Drags along the timeline with a finger, from one fraction of its width to another, in small moves. */
export async function dragTimelineByTouch(atlas: AtlasPage, from: number, to: number): Promise<void> {
  const box = await atlas.page.locator('.timeline-rail').boundingBox();
  if (!box) throw new Error('no timeline track');
  const y = box.y + box.height / 2;
  const xAt = (fraction: number) => box.x + box.width * fraction;
  const client = await atlas.page.context().newCDPSession(atlas.page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number) =>
    client.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd' ? [] : [{ x, y, id: 1, radiusX: 4, radiusY: 4, force: 1 }],
    });
  await touch('touchStart', xAt(from));
  const steps = 8;
  for (let step = 1; step <= steps; step += 1)
    await touch('touchMove', xAt(from + ((to - from) * step) / steps));
  await touch('touchEnd', xAt(to));
  await client.detach();
}

/** The horizontal page overflow a phone reader would have to scroll sideways. */
export function pageIsWiderThanScreen(atlas: AtlasPage): Promise<boolean> {
  return atlas.page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

/** Chooses a UI language from the header's picker. */
export async function chooseLanguage(atlas: AtlasPage, code: 'en' | 'uk' | 'fr' | 'de'): Promise<void> {
  await atlas.page.locator('.settings-select').selectOption(code);
}

/** Presses one of the header's toggle buttons (view or colours) by its visible name. */
export async function pressSetting(atlas: AtlasPage, name: string): Promise<void> {
  await atlas.page.locator('.settings-bar').getByRole('button', { name, exact: true }).click();
}

/** The store's display settings, read from the debug handle. */
export function displaySettings(
  atlas: AtlasPage,
): Promise<{ view: string; language: string; theme: string; htmlLang: string; htmlTheme: string }> {
  return atlas.page.evaluate(() => {
    const state = window.atlas?.store.getState();
    return {
      view: state?.view ?? '',
      language: state?.language ?? '',
      theme: state?.theme ?? '',
      htmlLang: document.documentElement.lang,
      htmlTheme: document.documentElement.dataset.theme ?? '',
    };
  });
}
