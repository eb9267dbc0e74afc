// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atlasStore } from '../../../src/state/store';
import { LazyCountryPanel, preloadCountryPanel } from '../../../src/ui/panel/lazyCountryPanel';
import { buildSyntheticDataset, LATEST_ANNOUNCEMENT_TIME } from '../../fixtures/syntheticDataset';

const initialState = atlasStore.getState();

function loadData(countryId: string | null) {
  atlasStore.setState({
    dataset: buildSyntheticDataset(),
    dataStatus: 'ready',
    countryId,
    time: LATEST_ANNOUNCEMENT_TIME,
    eventId: null,
  });
}

describe('country panel loaded on demand', () => {
  beforeEach(() => atlasStore.setState(initialState, true));
  afterEach(() => cleanup());

  it('renders nothing until a country is selected', () => {
    loadData(null);
    const { container } = render(<LazyCountryPanel basemap={null} />);
    expect(container.innerHTML).toBe('');
  });

  it('moves focus to the panel a viewer opened, as the panel mounted with the page does', async () => {
    loadData(null);
    render(
      <>
        <input aria-label="picker" />
        <LazyCountryPanel basemap={null} />
      </>,
    );
    screen.getByRole('textbox', { name: 'picker' }).focus();
    act(() => atlasStore.getState().selectCountry('DEU'));
    const region = await screen.findByRole('region', { name: 'Germany' });
    expect(document.activeElement).toBe(region.querySelector('h2'));
  });

  it('leaves focus alone for the country a link opened', async () => {
    loadData('FRA');
    render(
      <>
        <input aria-label="picker" />
        <LazyCountryPanel basemap={null} />
      </>,
    );
    const picker = screen.getByRole('textbox', { name: 'picker' });
    picker.focus();
    await screen.findByRole('region', { name: 'France' });
    expect(document.activeElement).toBe(picker);
  });

  it('stays mounted after closing, so the next selection is a viewer action', async () => {
    loadData('FRA');
    render(<LazyCountryPanel basemap={null} />);
    await screen.findByRole('region', { name: 'France' });
    act(() => atlasStore.getState().selectCountry(null));
    expect(screen.queryByRole('region')).toBeNull();
    act(() => atlasStore.getState().selectCountry('DEU'));
    const region = await screen.findByRole('region', { name: 'Germany' });
    expect(document.activeElement).toBe(region.querySelector('h2'));
  });

  it('fetches the panel once, however often it is asked', () => {
    expect(preloadCountryPanel()).toBe(preloadCountryPanel());
  });
});
