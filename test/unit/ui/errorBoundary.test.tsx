// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WEBGL_MISSING } from '../../../src/app/webglSupport';
import { atlasStore } from '../../../src/state/store';
import { ErrorBoundary } from '../../../src/ui/errors/ErrorBoundary';
import { MapUnavailable } from '../../../src/ui/errors/MapUnavailable';

const INITIAL_STATE = atlasStore.getState();

/** A component that throws while `failing.now` is true, like a card meeting data it cannot handle. */
const failing = { now: true };
function Fragile() {
  if (failing.now) throw new Error('statement without a speaker');
  return <p>the panel works again</p>;
}

beforeEach(() => {
  atlasStore.setState(INITIAL_STATE, true);
  failing.now = true;
  // React reports caught errors on the console; the test asserts on what the viewer sees instead.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** A component whose error message carries markup, as an error about hostile data might. */
function Hostile(): never {
  throw new Error('<img src=x onerror="window.__pwned=1">');
}

function renderPage() {
  return render(
    <div>
      <ErrorBoundary area="map">
        <p>the map</p>
      </ErrorBoundary>
      <ErrorBoundary area="panel">
        <Fragile />
      </ErrorBoundary>
      <ErrorBoundary area="timeline">
        <button type="button">Play</button>
      </ErrorBoundary>
    </div>,
  );
}

describe('ErrorBoundary', () => {
  it('replaces only the failed area with a message; its siblings still render', () => {
    renderPage();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The country panel stopped working because of an error.');
    expect(alert.textContent).toContain('statement without a speaker');
    expect(screen.getByText('the map')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
  });

  it('offers Reload and Try again; Try again renders the area anew', async () => {
    renderPage();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
    failing.now = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('the panel works again')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the message again if the area still fails after Try again', async () => {
    renderPage();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('alert').textContent).toContain('The country panel stopped working');
  });

  it('speaks the viewer’s language', () => {
    act(() => atlasStore.getState().setLanguage('uk'));
    renderPage();
    expect(screen.getByRole('alert').textContent).toContain('Панель країни перестала працювати');
    expect(screen.getByRole('button', { name: 'Спробувати ще раз' })).toBeTruthy();
  });

  it('shows data text in its detail as text, never as markup', () => {
    render(
      <ErrorBoundary area="card">
        <Hostile />
      </ErrorBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.querySelector('img')).toBeNull();
    expect(alert.textContent).toContain('<img src=x onerror="window.__pwned=1">');
  });
});

describe('MapUnavailable', () => {
  it('says the map needs WebGL and why, in words', () => {
    act(() => atlasStore.getState().setMapUnavailable(WEBGL_MISSING));
    render(<MapUnavailable />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The map needs WebGL 2');
    expect(alert.textContent).toContain('WebGL is turned off or not supported here.');
    expect(atlasStore.getState().view).toBe('table');
  });

  it('shows an unknown reason as it is', () => {
    act(() => atlasStore.getState().setMapUnavailable('the map could not start (Error: boom)'));
    render(<MapUnavailable />);
    expect(screen.getByRole('alert').textContent).toContain('Reason: the map could not start (Error: boom)');
  });
});
