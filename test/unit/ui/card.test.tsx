// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atlasStore } from '../../../src/state/store';
import { AnnouncementCard } from '../../../src/ui/card/AnnouncementCard';
import { buildSyntheticDataset, SOURCE_PRESS, SOURCE_WIRE } from '../../fixtures/syntheticDataset';

const INITIAL_STATE = atlasStore.getState();
const HOSTILE = '<img src=x onerror=alert(1)>';

function showDataset(adjust?: Parameters<typeof buildSyntheticDataset>[0]): void {
  atlasStore.setState(INITIAL_STATE, true);
  atlasStore.getState().setDataset(buildSyntheticDataset(adjust));
}

function card(): HTMLElement {
  return screen.getByRole('region', { name: 'Announcement' });
}

beforeEach(() => showDataset());
afterEach(cleanup);

describe('the announcement card', () => {
  it('shows the latest announcement as of the time when none is chosen', () => {
    const parisTime =
      atlasStore.getState().dataset?.eventsById.get('paris-declaration-signed')?.startTime ?? 0;
    act(() => atlasStore.getState().setTime(parisTime + 60_000));
    render(<AnnouncementCard />);
    expect(within(card()).getByRole('heading', { level: 2 }).textContent).toBe('Paris Declaration signed');
  });

  it('shows what, when, where, who and the sources of the chosen announcement', () => {
    act(() => atlasStore.getState().selectEvent('paris-declaration-signed'));
    render(<AnnouncementCard />);
    const region = within(card());
    expect(region.getByRole('heading', { level: 2 }).textContent).toBe('Paris Declaration signed');
    expect(card().querySelector('time')?.textContent).toMatch(/^6 January 2026.*18:45 CET$/);
    expect(card().querySelector('time')?.getAttribute('datetime')).toBe('2026-01-06T18:45+01:00');
    expect(region.getByText('Summary of “Paris Declaration signed”.')).toBeTruthy();
    expect(region.getByText('Paris')).toBeTruthy();
    expect(region.getByText('France, United Kingdom and Ukraine')).toBeTruthy();
    expect(region.getByText('1 statement quoted')).toBeTruthy();
    const facts = within(card().querySelector('dl') as HTMLElement);
    expect(facts.getAllByRole('link').map((link) => link.textContent)).toEqual([
      'elysee.example.org (opens in a new tab)',
      'news.example.com (opens in a new tab)',
    ]);
    for (const link of region.getAllByRole('link')) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('says where sources disagree, with both sources, and shows the note', () => {
    act(() => atlasStore.getState().selectEvent('paris-declaration-signed'));
    render(<AnnouncementCard />);
    const disagreement = screen
      .getByText('Sources disagree: How many leaders attended')
      .closest('li') as HTMLElement;
    expect(
      within(disagreement).getByText('One report counts 27 leaders, another 35 delegations.'),
    ).toBeTruthy();
    const hrefs = within(disagreement)
      .getAllByRole('link')
      .map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual([SOURCE_PRESS, SOURCE_WIRE]);
    expect(screen.getByText('The signing time is taken from the press conference.')).toBeTruthy();
  });

  it('counts statements with the plural the language needs', () => {
    act(() => atlasStore.getState().selectEvent('macron-zelensky-meeting'));
    render(<AnnouncementCard />);
    expect(screen.getByText('No statements quoted')).toBeTruthy();
  });
});

describe('the declaration’s commitments', () => {
  it('lists them in order with their wordings, official and reported, in the original language', () => {
    act(() => atlasStore.getState().selectEvent('paris-declaration-signed'));
    render(<AnnouncementCard />);
    const buttons = within(
      screen.getByRole('region', { name: 'What the declaration commits to' }),
    ).getAllByRole('button');
    expect(buttons.map((button) => button.textContent)).toEqual([
      '1Monitor a ceasefireShow on map · Signatories: 3',
      '2Deploy a multinational forceShow on map · Signatories: 2',
    ]);
    const quote = screen.getByText('Un mécanisme de surveillance du cessez-le-feu.').closest('blockquote');
    expect(quote?.getAttribute('lang')).toBe('fr');
    const figure = quote?.closest('figure') as HTMLElement;
    expect(within(figure).getByText('Official wording · Original in French')).toBeTruthy();
    expect(within(figure).getByText('A ceasefire monitoring mechanism.')).toBeTruthy();
    expect(screen.getByText('As reported')).toBeTruthy();
  });

  it('toggles the highlighted commitment in the store, and says which is pressed', () => {
    act(() => atlasStore.getState().selectEvent('paris-declaration-signed'));
    render(<AnnouncementCard />);
    const monitoring = screen.getByRole('button', { name: /Monitor a ceasefire/ });
    expect(monitoring.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(monitoring);
    expect(atlasStore.getState().commitmentId).toBe('ceasefire-monitoring');
    expect(monitoring.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: /Deploy a multinational force/ }));
    expect(atlasStore.getState().commitmentId).toBe('multinational-force');
    expect(monitoring.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(screen.getByRole('button', { name: /Deploy a multinational force/ }));
    expect(atlasStore.getState().commitmentId).toBeNull();
  });

  it('has none on an ordinary announcement', () => {
    act(() => atlasStore.getState().selectEvent('summit-opens'));
    render(<AnnouncementCard />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('announcing the change', () => {
  function liveText(): string {
    return card().querySelector('[aria-live="polite"]')?.textContent ?? '';
  }

  it('politely says the new title, and only the title while playing', () => {
    render(<AnnouncementCard />);
    act(() => atlasStore.getState().selectEvent('summit-opens'));
    expect(liveText()).toBe('Now showing: Summit opens');
    act(() => {
      atlasStore.getState().setPlaying(true);
      atlasStore.getState().stepEvent(1);
    });
    expect(liveText()).toBe('Paris Declaration signed');
  });
});

describe('hostile text in the data', () => {
  it('renders markup in a title, summary or wording as text', () => {
    showDataset((dataset) => {
      const paris = dataset.events.find((event) => event.id === 'paris-declaration-signed');
      if (paris) {
        paris.title = HOSTILE;
        paris.summary = HOSTILE;
        const wording = paris.commitments?.[0]?.wordings[0];
        if (wording) wording.text = HOSTILE;
      }
      return dataset;
    });
    act(() => atlasStore.getState().selectEvent('paris-declaration-signed'));
    render(<AnnouncementCard />);
    expect(within(card()).getByRole('heading', { level: 2 }).textContent).toBe(HOSTILE);
    expect(card().querySelector('img')).toBeNull();
    expect(screen.getAllByText(HOSTILE).length).toBeGreaterThanOrEqual(3);
  });
});

describe('in another language', () => {
  it('labels the card in French and formats the date in French', () => {
    act(() => {
      atlasStore.getState().setLanguage('fr');
      atlasStore.getState().selectEvent('paris-declaration-signed');
    });
    render(<AnnouncementCard />);
    const region = screen.getByRole('region', { name: 'Annonce' });
    expect(region.querySelector('time')?.textContent).toMatch(/^6 janvier 2026/);
    expect(within(region).getByText('Les sources divergent : How many leaders attended')).toBeTruthy();
    expect(within(region).getByText('1 déclaration citée')).toBeTruthy();
  });
});
