// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atlasStore } from '../../../src/state/store';
import { CountryPanel } from '../../../src/ui/panel/CountryPanel';
import { CountryPicker } from '../../../src/ui/panel/CountryPicker';
import { squareCountries } from '../../fixtures/squareCountries';
import {
  buildSyntheticDataset,
  LATEST_ANNOUNCEMENT_TIME,
  PARIS_DECLARATION_TIME,
} from '../../fixtures/syntheticDataset';

const basemap = squareCountries({ iso3: 'XSO', name: 'Somaliland' });

const initialState = atlasStore.getState();

function openPanel(
  countryId: string,
  time: number,
  patch: Partial<ReturnType<typeof atlasStore.getState>> = {},
) {
  atlasStore.setState({
    dataset: buildSyntheticDataset(),
    dataStatus: 'ready',
    countryId,
    time,
    eventId: null,
    ...patch,
  });
}

describe('country panel', () => {
  beforeEach(() => atlasStore.setState(initialState, true));
  afterEach(() => cleanup());

  it('is a region named after the country, with its standing as of the chosen moment', () => {
    openPanel('USA', Date.UTC(2026, 0, 5));
    render(<CountryPanel basemap={basemap} />);
    const region = screen.getByRole('region', { name: /United States/ });
    const standing = () => region.querySelector('.panel-standing')?.textContent ?? '';
    expect(standing()).toContain('Not a member; troops: unclear.');
    act(() => atlasStore.getState().setTime(PARIS_DECLARATION_TIME));
    expect(standing()).toContain('Takes part without full membership; troops: ruled out.');
  });

  it('shows statements up to the moment first and the later ones on request', async () => {
    openPanel('ESP', PARIS_DECLARATION_TIME);
    render(<CountryPanel basemap={basemap} />);
    const quote = screen.getByText('España dice sí.');
    expect(quote.closest('blockquote')?.getAttribute('lang')).toBe('es');
    expect(screen.getByText('Spain says yes.').closest('blockquote')?.getAttribute('lang')).toBe('en');
    expect(screen.queryByText('Con condiciones.')).toBeNull();
    const toggle = screen.getByRole('button', { name: 'Show 1 later statement' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(toggle);
    expect(screen.getByText('Con condiciones.')).toBeTruthy();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
  });

  it('links every source safely, in a new tab', () => {
    openPanel('FRA', LATEST_ANNOUNCEMENT_TIME);
    render(<CountryPanel basemap={basemap} />);
    const links = screen.getAllByRole('link');
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.getAttribute('href')).toMatch(/^https:\/\//);
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toContain('noopener');
    }
  });

  it('dates a minute-precision statement with its clock time', () => {
    openPanel('FRA', LATEST_ANNOUNCEMENT_TIME);
    render(<CountryPanel basemap={basemap} />);
    expect(screen.getByText(/^4 September 2025(,| at) 11:45 CEST$/)).toBeTruthy();
  });

  it('says where the sources disagree, citing both', () => {
    openPanel('ESP', LATEST_ANNOUNCEMENT_TIME);
    render(<CountryPanel basemap={basemap} />);
    const block = screen.getByRole('region', { name: 'Sources disagree' });
    expect(within(block).getByText(/One report says Poland/)).toBeTruthy();
    expect(within(block).getAllByRole('link', { name: 'news.example.com' }).length).toBeGreaterThan(0);
    expect(within(block).getAllByRole('link', { name: 'wire.example.net' }).length).toBeGreaterThan(0);
  });

  it('moves the timeline to an announcement chosen in the panel', async () => {
    openPanel('GBR', LATEST_ANNOUNCEMENT_TIME);
    render(<CountryPanel basemap={basemap} />);
    await userEvent.click(screen.getByRole('button', { name: /Coalition founded in London/ }));
    expect(atlasStore.getState().eventId).toBe('london-founding');
  });

  it('says so plainly when a country has no statements', () => {
    openPanel('USA', LATEST_ANNOUNCEMENT_TIME);
    render(<CountryPanel basemap={basemap} />);
    expect(screen.getByText('No statement by its officials is recorded.')).toBeTruthy();
  });

  it('names a basemap country outside the record and says it is not part of it', () => {
    openPanel('BRA', LATEST_ANNOUNCEMENT_TIME);
    const { unmount } = render(<CountryPanel basemap={basemap} />);
    expect(screen.getByRole('region', { name: 'Brazil' })).toBeTruthy();
    expect(screen.getByText(/Brazil is not part of the coalition’s record/)).toBeTruthy();
    unmount();
    openPanel('XSO', LATEST_ANNOUNCEMENT_TIME);
    render(<CountryPanel basemap={basemap} />);
    expect(screen.getByRole('region', { name: 'Somaliland' })).toBeTruthy();
  });

  it('speaks the viewer’s language, names included', () => {
    openPanel('DEU', LATEST_ANNOUNCEMENT_TIME, { language: 'uk' });
    render(<CountryPanel basemap={basemap} />);
    expect(screen.getByRole('region', { name: 'Німеччина' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Закрити панель про Німеччина' })).toBeTruthy();
  });

  it('closes with its button and with Escape', async () => {
    openPanel('DEU', LATEST_ANNOUNCEMENT_TIME);
    render(<CountryPanel basemap={basemap} />);
    await userEvent.click(screen.getByRole('button', { name: 'Close the panel about Germany' }));
    expect(atlasStore.getState().countryId).toBeNull();
    act(() => atlasStore.getState().selectCountry('FRA'));
    expect(screen.getByRole('region', { name: 'France' })).toBeTruthy();
    await userEvent.keyboard('{Escape}');
    expect(atlasStore.getState().countryId).toBeNull();
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('renders hostile data as text, never markup', () => {
    const dataset = buildSyntheticDataset();
    const actor = dataset.actorsById.get('USA');
    if (actor) actor.name = '<img src=x onerror=alert(1)>';
    atlasStore.setState({ dataset, dataStatus: 'ready', countryId: 'USA', time: LATEST_ANNOUNCEMENT_TIME });
    const { container } = render(<CountryPanel basemap={basemap} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('country list', () => {
  beforeEach(() => {
    atlasStore.setState(initialState, true);
    atlasStore.setState({
      dataset: buildSyntheticDataset(),
      dataStatus: 'ready',
      time: LATEST_ANNOUNCEMENT_TIME,
    });
  });
  afterEach(() => cleanup());

  it('follows the combobox pattern and selects by keyboard', async () => {
    render(<CountryPicker />);
    const input = screen.getByRole('combobox', { name: 'Find a country or institution' });
    expect(input.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(input);
    await userEvent.keyboard('germ');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const listbox = screen.getByRole('listbox');
    expect(input.getAttribute('aria-controls')).toBe(listbox.id);
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Germany DEU']);
    await userEvent.keyboard('{ArrowDown}');
    const active = input.getAttribute('aria-activedescendant');
    expect(active && document.getElementById(active)?.textContent).toBe('Germany DEU');
    await userEvent.keyboard('{Enter}');
    expect(atlasStore.getState().countryId).toBe('DEU');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('lists every actor, finds by id, and Escape closes the list without closing anything else', async () => {
    render(<CountryPicker />);
    const input = screen.getByRole('combobox');
    await userEvent.click(input);
    expect(screen.getAllByRole('option')).toHaveLength(7);
    await userEvent.keyboard('usa');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['United States USA']);
    await userEvent.keyboard('{Escape}');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    await userEvent.clear(input);
    await userEvent.keyboard('{ArrowUp}');
    const options = screen.getAllByRole('option');
    expect(options.at(-1)?.getAttribute('aria-selected')).toBe('true');
  });

  it('filters by the name in the UI language', async () => {
    atlasStore.setState({ language: 'de' });
    render(<CountryPicker />);
    await userEvent.click(screen.getByRole('combobox'));
    await userEvent.keyboard('vereinigtes');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Vereinigtes Königreich GBR',
    ]);
  });
});
