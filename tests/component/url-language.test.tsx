import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useI18n } from '../../src/lib/i18n/use-i18n.ts';
import { navigateSearch, useUrlParams } from '../../src/lib/url-state/use-url-params.ts';

const renders = { language: 0, search: 0 };

function Label() {
  const { t } = useI18n();
  return (
    <Profiler id="language" onRender={() => (renders.language += 1)}>
      <p>{t('app.name')}</p>
    </Profiler>
  );
}

function Search() {
  const [params] = useUrlParams();
  return (
    <Profiler id="search" onRender={() => (renders.search += 1)}>
      <output>{params.get('country') ?? '-'}</output>
    </Profiler>
  );
}

const go = (search: string) => act(() => navigateSearch(new URLSearchParams(search)));

beforeEach(() => {
  window.history.replaceState(null, '', '/?lang=en');
  renders.language = 0;
  renders.search = 0;
});
afterEach(cleanup);

describe('language from the URL', () => {
  it('renders a component that reads the language again only when the language changes', () => {
    render(
      <>
        <Label />
        <Search />
      </>,
    );
    expect(renders.language).toBe(1);
    go('lang=en&country=COL');
    go('lang=en&country=COL&theme=t-women');
    expect(screen.getByRole('status').textContent).toBe('COL');
    expect(renders.search).toBe(3);
    // Filters changed twice: the label did not render again.
    expect(renders.language).toBe(1);
    go('lang=zh&country=COL');
    expect(renders.language).toBe(2);
    expect(screen.getByText('人权高专办活动仪表板')).toBeTruthy();
  });

  it('follows back and forward', async () => {
    render(<Label />);
    go('lang=zh');
    expect(screen.getByText('人权高专办活动仪表板')).toBeTruthy();
    act(() => window.history.back());
    await waitFor(() => expect(screen.getByText('OHCHR activities dashboard')).toBeTruthy());
  });
});
