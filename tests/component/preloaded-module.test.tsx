import { act, cleanup, render, screen } from '@testing-library/react';
import { Component } from 'react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { preloadedModule } from '../../src/lib/hooks/preloaded-module.ts';

afterEach(cleanup);

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

class Boundary extends Component<{ children: ReactNode }, { error: string | null }> {
  override state = { error: null as string | null };
  static getDerivedStateFromError(error: Error) {
    return { error: error.message };
  }
  override render() {
    return this.state.error ? <p>failed: {this.state.error}</p> : this.props.children;
  }
}

function viewOf(chunk: ReturnType<typeof preloadedModule<{ readonly greeting: string }>>) {
  return function View() {
    const module = chunk.useModule();
    return <p>{module ? module.greeting : 'loading'}</p>;
  };
}

describe('a module loaded ahead of its first render', () => {
  it('renders at once, without a fallback, when it arrived before the component', async () => {
    let loads = 0;
    const chunk = preloadedModule(async () => {
      loads += 1;
      return { greeting: 'hello' };
    });
    chunk.preload();
    await act(async () => {});
    const View = viewOf(chunk);
    render(<View />);
    // The first render already shows the module: no "loading" frame in between.
    expect(screen.getByText('hello')).toBeTruthy();
    chunk.preload();
    expect(loads).toBe(1);
  });

  it('shows its own placeholder until the module comes, then the module', async () => {
    const gate = deferred<{ greeting: string }>();
    const chunk = preloadedModule(() => gate.promise);
    const View = viewOf(chunk);
    render(<View />);
    expect(screen.getByText('loading')).toBeTruthy();
    await act(async () => gate.resolve({ greeting: 'hello' }));
    expect(screen.getByText('hello')).toBeTruthy();
  });

  it('gives a failed load to the error boundary above', async () => {
    const gate = deferred<{ greeting: string }>();
    const chunk = preloadedModule(() => gate.promise);
    chunk.preload();
    const View = viewOf(chunk);
    render(
      <Boundary>
        <View />
      </Boundary>,
    );
    await act(async () => gate.reject(new Error('chunk not found')));
    expect(screen.getByText('failed: chunk not found')).toBeTruthy();
  });
});
