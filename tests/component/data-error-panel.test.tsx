import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { paragraphsFixture } from '../fixtures/paragraphs-file.ts';
import { json, renderApp, stubFetch } from './render-app.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function errorPanel() {
  const panel = await screen.findByRole('alert');
  expect(panel.textContent).toContain('data/paragraphs.json');
  expect(panel.textContent).toContain('npm run prep');
  return panel;
}

describe('data error panel', () => {
  it('names the HTTP status when the file is missing', async () => {
    stubFetch({ status: 404, body: 'Not found', contentType: 'text/plain' });
    renderApp();
    expect((await errorPanel()).textContent).toContain('HTTP 404');
  });

  it('says when the server answered with an HTML page instead', async () => {
    stubFetch({ status: 200, body: '<!doctype html><html></html>', contentType: 'text/html' });
    renderApp();
    expect((await errorPanel()).textContent).toContain('HTML page');
  });

  it('says the file is not valid JSON', async () => {
    stubFetch({ status: 200, body: '{"meta": ' });
    renderApp();
    expect((await errorPanel()).textContent).toContain('not valid JSON');
  });

  it('names the schema version when it is not the one the app reads', async () => {
    const fixture = {
      ...paragraphsFixture(),
      meta: { ...paragraphsFixture().meta, schemaVersion: 2 },
    };
    stubFetch(json(fixture));
    renderApp();
    const text = (await errorPanel()).textContent;
    expect(text).toContain('meta.schemaVersion');
    expect(text).toContain('version 2');
  });

  it('names the zod issue path and message on a schema mismatch', async () => {
    const fixture = paragraphsFixture() as { paragraphs: Record<string, unknown>[] };
    fixture.paragraphs[1] = { ...fixture.paragraphs[1], number: 'two' };
    stubFetch(json(fixture));
    renderApp();
    const text = (await errorPanel()).textContent;
    expect(text).toContain('paragraphs[1].number');
    expect(text).toMatch(/expected number/i);
  });

  it('refetches on Retry and shows the page once the file is there', async () => {
    const fetchMock = stubFetch(
      { status: 404, body: 'Not found', contentType: 'text/plain' },
      json(paragraphsFixture()),
    );
    renderApp();
    await errorPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await screen.findByRole('list', { name: 'Paragraphs' });
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
