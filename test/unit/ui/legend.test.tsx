// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { atlasStore } from '../../../src/state/store';
import { LIGHT_THEME } from '../../../src/theme/tokens';
import { MapLegend } from '../../../src/ui/legend/MapLegend';
import { CountryPanel } from '../../../src/ui/panel/CountryPanel';
import { buildSyntheticDataset, LATEST_ANNOUNCEMENT_TIME } from '../../fixtures/syntheticDataset';

const initialState = atlasStore.getState();

/** The legend beside an open country panel, as on the page: both close on Escape. */
function renderLegendAndPanel() {
  atlasStore.setState({
    dataset: buildSyntheticDataset(),
    dataStatus: 'ready',
    countryId: 'DEU',
    time: LATEST_ANNOUNCEMENT_TIME,
  });
  render(
    <>
      <MapLegend tokens={LIGHT_THEME} />
      <CountryPanel basemap={null} />
    </>,
  );
  const legend = document.querySelector('details.map-legend') as HTMLDetailsElement;
  const summary = legend.querySelector('summary') as HTMLElement;
  return { legend, summary };
}

describe('map legend', () => {
  beforeEach(() => {
    atlasStore.setState(initialState, true);
    // jsdom draws no canvas; the pattern swatches simply stay blank.
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('folds on Escape from inside, returns focus to its summary, and leaves the country panel open', async () => {
    const { legend, summary } = renderLegendAndPanel();
    await userEvent.click(summary);
    expect(legend.open).toBe(true);
    screen.getByRole('checkbox', { name: 'Coalition of the Willing' }).focus();
    await userEvent.keyboard('{Escape}');
    expect(legend.open).toBe(false);
    expect(document.activeElement).toBe(summary);
    expect(atlasStore.getState().countryId).toBe('DEU');
    // Folded, the legend has nothing left to close: the next Escape is the panel's.
    await userEvent.keyboard('{Escape}');
    expect(atlasStore.getState().countryId).toBeNull();
  });

  it('stays open when Escape closes the country panel that has focus', async () => {
    const { legend, summary } = renderLegendAndPanel();
    await userEvent.click(summary);
    screen.getByRole('button', { name: 'Close the panel about Germany' }).focus();
    await userEvent.keyboard('{Escape}');
    expect(atlasStore.getState().countryId).toBeNull();
    expect(legend.open).toBe(true);
  });
});
