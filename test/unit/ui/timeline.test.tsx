// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { atlasStore } from '../../../src/state/store';
import { denseDays } from '../../../src/ui/timeline/announcementDays';
import { PLAYBACK_INTERVAL_MS } from '../../../src/ui/timeline/playbackController';
import { Timeline } from '../../../src/ui/timeline/Timeline';
import { layoutTrack, nearestAnnouncement } from '../../../src/ui/timeline/trackLayout';
import {
  buildSyntheticDataset,
  SYNTHETIC_DENSE_DAY,
  SYNTHETIC_EVENT_IDS,
} from '../../fixtures/syntheticDataset';

const LAST = SYNTHETIC_EVENT_IDS.length - 1;
/** The app store as created, its actions bound to it; each test starts from it. */
const INITIAL_STATE = atlasStore.getState();

function resetStore(): void {
  atlasStore.setState(INITIAL_STATE, true);
  atlasStore.getState().setDataset(buildSyntheticDataset());
}

function slider(): HTMLElement {
  return screen.getByRole('slider');
}

function press(key: string): void {
  fireEvent.keyDown(slider(), { key });
}

function sliderValue(): { now: number; text: string } {
  return {
    now: Number(slider().getAttribute('aria-valuenow')),
    text: slider().getAttribute('aria-valuetext') ?? '',
  };
}

beforeEach(resetStore);
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the timeline slider', () => {
  it('is a slider over every announcement, starting at the latest, its value read in words', () => {
    render(<Timeline />);
    expect(slider().getAttribute('aria-valuemin')).toBe('0');
    expect(slider().getAttribute('aria-valuemax')).toBe(String(LAST));
    expect(sliderValue()).toEqual({ now: LAST, text: '9 January 2026: Healey in Kyiv' });
    expect(slider().tabIndex).toBe(0);
  });

  it('steps announcement by announcement with the arrows, and the store follows', () => {
    render(<Timeline />);
    press('ArrowLeft');
    expect(sliderValue().now).toBe(LAST - 1);
    expect(sliderValue().text).toMatch(/^6 January 2026.*21:30 CET: Spain says yes, with conditions$/);
    press('ArrowDown');
    expect(sliderValue().text).toMatch(/^6 January 2026.*18:45 CET: Paris Declaration signed$/);
    const { eventId, time, dataset } = atlasStore.getState();
    expect(eventId).toBe('paris-declaration-signed');
    expect(time).toBe(dataset?.eventsById.get('paris-declaration-signed')?.startTime);
    press('ArrowRight');
    press('ArrowUp');
    expect(sliderValue().now).toBe(LAST);
    press('ArrowRight');
    expect(sliderValue().now).toBe(LAST);
  });

  it('jumps to the ends with Home and End, and by five with Page Up and Page Down', () => {
    render(<Timeline />);
    press('Home');
    expect(sliderValue()).toEqual({ now: 0, text: '2 March 2025: Coalition founded in London' });
    expect(atlasStore.getState().eventId).toBe('london-founding');
    press('PageUp');
    expect(sliderValue().now).toBe(5);
    press('PageDown');
    expect(sliderValue().now).toBe(0);
    press('End');
    expect(sliderValue().now).toBe(LAST);
    expect(atlasStore.getState().eventId).toBe('healey-in-kyiv');
  });

  it('ignores keys that are not the slider’s', () => {
    render(<Timeline />);
    press('a');
    press('Tab');
    expect(sliderValue().now).toBe(LAST);
  });

  it('picks the nearest announcement where the track is clicked or dragged', () => {
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, 1000, 48));
    const { container } = render(<Timeline />);
    const track = container.querySelector('.timeline-track') as HTMLElement;
    fireEvent.pointerDown(track, { clientX: 0, pointerId: 1, button: 0, pointerType: 'touch' });
    expect(sliderValue().now).toBe(0);
    expect(document.activeElement).toBe(slider());
    fireEvent.pointerMove(track, { clientX: 1000, pointerId: 1, pointerType: 'touch' });
    expect(sliderValue().now).toBe(LAST);
    fireEvent.pointerUp(track, { clientX: 1000, pointerId: 1, pointerType: 'touch' });
    fireEvent.pointerMove(track, { clientX: 0, pointerId: 1, pointerType: 'touch' });
    expect(sliderValue().now).toBe(LAST);
  });
});

describe('the current announcement among the ticks', () => {
  it('marks its tick, and only it, as the timeline steps', () => {
    render(<Timeline />);
    const currentTicks = () =>
      within(screen.getByRole('list', { name: 'Announcements on the timeline' }))
        .getAllByRole('listitem')
        .flatMap((tick, index) => (tick.getAttribute('aria-current') === 'true' ? [index] : []));
    expect(currentTicks()).toEqual([LAST]);
    press('ArrowLeft');
    expect(currentTicks()).toEqual([LAST - 1]);
    press('Home');
    expect(currentTicks()).toEqual([0]);
  });
});

describe('marks for the selected country', () => {
  it('draws a distinct mark on the announcements that involve it, and says so', () => {
    atlasStore.getState().selectCountry('ESP');
    render(<Timeline />);
    const ticks = within(screen.getByRole('list', { name: 'Announcements on the timeline' })).getAllByRole(
      'listitem',
    );
    expect(ticks).toHaveLength(SYNTHETIC_EVENT_IDS.length);
    const involving = ticks.filter((tick) => tick.hasAttribute('data-involves'));
    // Listed as an actor three times, and quoted (a statement) in the Paris Declaration.
    expect(involving.map((tick) => tick.textContent)).toEqual([
      expect.stringMatching(/Coalition founded in London \(involves Spain\)$/),
      expect.stringMatching(/Summit opens \(involves Spain\)$/),
      expect.stringMatching(/Paris Declaration signed \(involves Spain\)$/),
      expect.stringMatching(/Spain says yes, with conditions \(involves Spain\)$/),
    ]);
    expect(ticks[1]?.textContent).not.toContain('involves');
    expect(ticks[1]?.hasAttribute('data-involves')).toBe(false);
    act(() => atlasStore.getState().selectEvent('paris-declaration-signed'));
    expect(sliderValue().text).toMatch(/Paris Declaration signed\. Involves Spain\.$/);
  });
});

describe('a crowded day', () => {
  it('finds the days with three or more announcements', () => {
    const days = denseDays(buildSyntheticDataset().events);
    expect(days.map(({ day, count }) => ({ day, count }))).toEqual([SYNTHETIC_DENSE_DAY]);
  });

  it('zooms the track to that day, goes there, and keeps the others at the edges', () => {
    render(<Timeline />);
    const dayButton = screen.getByRole('button', { name: /^Zoom to 6 January 2026: 4 announcements/ });
    expect(dayButton.textContent).toBe('6 Jan 2026 (4)');
    fireEvent.click(dayButton);
    expect(dayButton.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Whole period' }).getAttribute('aria-pressed')).toBe('false');
    expect(atlasStore.getState().eventId).toBe('macron-zelensky-meeting');
    const ticks = within(screen.getByRole('list', { name: 'Announcements on the timeline' })).getAllByRole(
      'listitem',
    );
    expect(ticks.filter((tick) => tick.hasAttribute('data-outside'))).toHaveLength(4);
    const insideLefts = ticks
      .filter((tick) => !tick.hasAttribute('data-outside'))
      .map((tick) => Number.parseFloat(tick.style.left));
    // To scale the four would span a quarter of the track; zoomed they fill it, at least 10 % apart.
    expect(Math.max(...insideLefts) - Math.min(...insideLefts)).toBeGreaterThan(80);
    for (let index = 1; index < insideLefts.length; index += 1) {
      expect((insideLefts[index] ?? 0) - (insideLefts[index - 1] ?? 0)).toBeGreaterThanOrEqual(9.99);
    }
    // The slider's domain stays the whole list, so keys still walk out of the day.
    press('ArrowLeft');
    expect(sliderValue().now).toBe(2);
  });

  it('squeezes the crowded day to a sliver of the whole period, which is why the zoom exists', () => {
    const layout = layoutTrack(buildSyntheticDataset().events, { kind: 'period' });
    const spread = (layout.positions[6] ?? 0) - (layout.positions[3] ?? 0);
    expect(spread).toBeLessThan(0.005);
  });

  it('spaces every announcement evenly in step mode', () => {
    render(<Timeline />);
    fireEvent.click(screen.getByRole('button', { name: 'Evenly spaced' }));
    const lefts = within(screen.getByRole('list', { name: 'Announcements on the timeline' }))
      .getAllByRole('listitem')
      .map((tick) => Number.parseFloat(tick.style.left));
    expect(lefts.map((left) => Math.round(left * 100) / 100)).toEqual([
      0, 14.29, 28.57, 42.86, 57.14, 71.43, 85.71, 100,
    ]);
  });

  it('picks, on a shared edge, the announcement nearest the zoomed day', () => {
    const events = buildSyntheticDataset().events;
    const layout = layoutTrack(events, { kind: 'day', day: '2026-01-06' });
    expect(nearestAnnouncement(layout, 0)).toBe(2);
    expect(nearestAnnouncement(layout, 1)).toBe(7);
  });
});

describe('playback', () => {
  it('steps through the announcements at a readable pace and stops at the end', () => {
    vi.useFakeTimers();
    render(<Timeline />);
    const play = screen.getByRole('button', { name: 'Play through the announcements' });
    // At the last announcement, play starts over from the first.
    fireEvent.click(play);
    expect(atlasStore.getState().playing).toBe(true);
    expect(sliderValue().now).toBe(0);
    act(() => vi.advanceTimersByTime(PLAYBACK_INTERVAL_MS - 1));
    expect(sliderValue().now).toBe(0);
    act(() => vi.advanceTimersByTime(1));
    expect(sliderValue().now).toBe(1);
    act(() => vi.advanceTimersByTime(PLAYBACK_INTERVAL_MS * 20));
    expect(sliderValue().now).toBe(LAST);
    expect(atlasStore.getState().playing).toBe(false);
    expect(screen.getByRole('button', { name: 'Play through the announcements' })).toBeTruthy();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('pauses with the button and when the viewer moves the slider', () => {
    vi.useFakeTimers();
    render(<Timeline />);
    press('Home');
    fireEvent.click(screen.getByRole('button', { name: 'Play through the announcements' }));
    act(() => vi.advanceTimersByTime(PLAYBACK_INTERVAL_MS));
    fireEvent.click(screen.getByRole('button', { name: 'Pause playback' }));
    act(() => vi.advanceTimersByTime(PLAYBACK_INTERVAL_MS * 3));
    expect(sliderValue().now).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Play through the announcements' }));
    press('ArrowRight');
    expect(atlasStore.getState().playing).toBe(false);
    act(() => vi.advanceTimersByTime(PLAYBACK_INTERVAL_MS * 3));
    expect(sliderValue().now).toBe(2);
  });

  it('never plays by itself, and stops when the timeline goes away', () => {
    vi.useFakeTimers();
    const { unmount } = render(<Timeline />);
    press('Home');
    act(() => vi.advanceTimersByTime(PLAYBACK_INTERVAL_MS * 5));
    expect(sliderValue().now).toBe(0);
    act(() => atlasStore.getState().setPlaying(true));
    unmount();
    expect(atlasStore.getState().playing).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('before the data', () => {
  it('says it is loading instead of drawing an empty slider', () => {
    atlasStore.setState(INITIAL_STATE, true);
    render(<Timeline />);
    expect(screen.queryByRole('slider')).toBeNull();
    expect(screen.getByText('Loading the announcements…')).toBeTruthy();
  });
});

describe('in another language', () => {
  it('reads the value in Ukrainian', () => {
    atlasStore.getState().setLanguage('uk');
    render(<Timeline />);
    expect(sliderValue().text).toBe('9 січня 2026 р.: Healey in Kyiv');
    expect(screen.getByRole('button', { name: 'Відтворити події по черзі' })).toBeTruthy();
  });
});
