import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorFallback } from './ErrorFallback';
import type { FailingArea } from './messages';

interface ErrorBoundaryProps {
  /** Which part of the page this guards; names the failure in the message. */
  area: FailingArea;
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: Error | null;
}

/**
 * Keeps a failure in one area (map, card, panel, timeline, legend, table) from blanking the page: the
 * area is replaced by a message with "Try again" and "Reload", and its siblings keep working.
 * React offers error boundaries only as class components.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(thrown: unknown): ErrorBoundaryState {
    return { error: thrown instanceof Error ? thrown : new Error(String(thrown)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // The message on screen is for the viewer; the stack in the console is for whoever fixes it.
    console.error(`[${this.props.area}] ${error.message}`, info.componentStack);
  }

  /** Renders the children again; if the cause was passing (a bad moment, a race), the area comes back. */
  private readonly reset = (): void => {
    this.setState({ error: null });
  };

  override render(): ReactNode {
    const { error } = this.state;
    if (error) return <ErrorFallback area={this.props.area} error={error} onRetry={this.reset} />;
    return this.props.children;
  }
}
