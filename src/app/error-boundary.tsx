/** Catches a render error below it and shows it with a Restart button, so the page is never blank. */

import { Component, type ReactNode } from 'react';

export interface ErrorBoundaryProps {
  /** what "Restart" does besides rendering the children again, e.g. a fresh worker */
  readonly onRestart: () => void;
  /** where the error happened, for the message */
  readonly area: string;
  readonly children?: ReactNode;
}

interface ErrorBoundaryState {
  readonly error: Error | null;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  private readonly restart = (): void => {
    this.props.onRestart();
    this.setState({ error: null });
  };

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="fatal" role="alert">
        <h2>Something went wrong in the {this.props.area}</h2>
        <p>{error.message}</p>
        <button type="button" className="button--primary" onClick={this.restart}>
          Restart
        </button>
      </div>
    );
  }
}
