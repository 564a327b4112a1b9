/**
 * Keeps a failing part of the page (the panel, the legend and its tools) from blanking the rest:
 * it shows a short message in its place and reports the error to the console with the part's
 * name. A new `resetKey` (e.g. the selected project) lets the part try again.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  /** Which part this is, for the console. */
  part: string;
  /** What the reader sees instead, in their language. */
  message: string;
  children: ReactNode;
  resetKey?: unknown;
}

interface ErrorBoundaryState {
  failed: boolean;
  /** The `resetKey` the state belongs to. */
  key: unknown;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  state: ErrorBoundaryState = { failed: false, key: this.props.resetKey };

  static getDerivedStateFromError(): Partial<ErrorBoundaryState> {
    return { failed: true };
  }

  static getDerivedStateFromProps(
    props: ErrorBoundaryProps,
    state: ErrorBoundaryState,
  ): Partial<ErrorBoundaryState> | null {
    return props.resetKey === state.key ? null : { failed: false, key: props.resetKey };
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
