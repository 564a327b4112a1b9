/**
 * Keeps a failing part of the page (the panel, the legend and its tools) from blanking the rest:
 * it shows a short message in its place and reports the error to the console with the part's
 * name. Give it a `key` (e.g. the selected project) to let the part try again when that changes.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  /** Which part this is, for the console. */
  part: string;
  /** What the reader sees instead, in their language. */
  message: string;
  children: ReactNode;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`The ${this.props.part} failed:`, error, info.componentStack);
  }

  render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <p className={`card part-error part-error-${this.props.part}`} role="alert">
        {this.props.message}
      </p>
    );
  }
}
