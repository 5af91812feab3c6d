import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { dashboardFixture } from '../fixtures/dashboard-data.ts';
import { renderFiltered, urlParams } from './filters-harness.tsx';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

const select = (name: string) => screen.getByRole('combobox', { name }) as HTMLSelectElement;
const caption = () =>
  screen.getByRole('table', { name: /Activity records/ }).querySelector('caption');
const chipList = () => screen.queryByRole('list', { name: 'Active filters' });

async function navigate(step: () => void) {
  await act(async () => {
    step();
    await new Promise<void>((resolve) =>
      window.addEventListener('popstate', () => resolve(), { once: true }),
    );
  });
}

describe('filter state in the URL', () => {
  it('writes a filter chosen in the UI to the URL and restores it from the URL', () => {
    const first = renderFiltered('?lang=en');
    expect(caption()?.textContent).toContain('30 records');

    fireEvent.change(select('Country'), { target: { value: 'COL' } });
    expect(urlParams().get('country')).toBe('COL');
    expect(urlParams().get('lang')).toBe('en');
    expect(caption()?.textContent).toContain('14 records');
    expect(screen.getByText('14 matching records')).toBeTruthy();

    // A fresh render from the same URL (a pasted link) shows the same view.
    first.unmount();
    renderFiltered(window.location.search);
    expect(select('Country').value).toBe('COL');
    expect(within(chipList()!).getByText('Country: Colombia')).toBeTruthy();
    expect(caption()?.textContent).toContain('14 records');
  });

  it('offers options with the records each would give, in the chosen language', () => {
    renderFiltered('?lang=zh&region=002');
    const countries = [...select('国家').options].map((option) => option.textContent);
    expect(countries).toEqual(['全部', '乌干达（13）']);
    const themes = select('主题');
    const groups = [...themes.querySelectorAll('optgroup')].map((group) => group.label);
    expect(groups).toEqual(['发展', '不歧视']);
  });

  it('removes one chip, then clears all', () => {
    renderFiltered('?lang=en&country=COL&theme=gender&q=培训');
    const chips = within(chipList()!).getAllByRole('listitem');
    expect(chips.map((chip) => chip.textContent)).toEqual([
      'Theme: Gender equality×',
      'Country: Colombia×',
      'Search: “培训”×',
    ]);

    fireEvent.click(screen.getByRole('button', { name: 'Remove filter Country: Colombia' }));
    expect(urlParams().get('country')).toBeNull();
    expect(urlParams().get('theme')).toBe('gender');
    expect(within(chipList()!).queryByText('Country: Colombia')).toBeNull();
    // Focus moves to the chip that took the removed one's place.
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Remove filter Search: “培训”');

    fireEvent.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(urlParams().toString()).toBe('lang=en');
    expect(chipList()).toBeNull();
    expect(screen.getByText('30 matching records')).toBeTruthy();
    expect(caption()?.textContent).toContain('30 records');
    expect(screen.queryByRole('button', { name: 'Clear all filters' })).toBeNull();
  });

  it('drops unknown URL values with a notice the user can dismiss', () => {
    renderFiltered('?lang=en&country=XXX&role=boss&theme=gender');
    const notice = screen.getByRole('alert');
    expect(notice.textContent).toContain(
      'Ignored filter values this data does not know: Country “XXX” and Country role “boss”',
    );
    // The known value still applies; the unknown ones filter nothing.
    expect(select('Country').value).toBe('');
    expect(select('Country role').value).toBe('');
    expect(select('Theme').value).toBe('gender');
    expect(chipList()?.textContent).not.toContain('XXX');

    fireEvent.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('rewrites the URL without the dropped values, in place, and keeps the notice', () => {
    const entries = window.history.length;
    renderFiltered('?lang=en&region=XYZ&pillar=development');
    expect(urlParams().get('region')).toBeNull();
    expect(urlParams().get('pillar')).toBe('development');
    expect(urlParams().get('lang')).toBe('en');
    expect(window.history.length).toBe(entries);
    expect(screen.getByRole('alert').textContent).toContain('“XYZ”');
    expect(select('Pillar').value).toBe('development');

    // The first change of the filters ends the notice.
    fireEvent.change(select('Country'), { target: { value: 'UGA' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(urlParams().get('pillar')).toBe('development');
  });

  it('steps back and forward through filter changes', async () => {
    renderFiltered('?lang=en');
    fireEvent.change(select('Theme'), { target: { value: 'gender' } });
    fireEvent.change(select('Country'), { target: { value: 'UGA' } });
    expect(select('Country').value).toBe('UGA');

    await navigate(() => window.history.back());
    expect(select('Country').value).toBe('');
    expect(select('Theme').value).toBe('gender');
    expect(urlParams().get('country')).toBeNull();

    await navigate(() => window.history.back());
    expect(select('Theme').value).toBe('');
    expect(chipList()).toBeNull();

    await navigate(() => window.history.forward());
    expect(select('Theme').value).toBe('gender');
    await navigate(() => window.history.forward());
    expect(select('Country').value).toBe('UGA');
    expect(within(chipList()!).getByText('Country: Uganda')).toBeTruthy();
  });

  it('writes the sentence search to the URL once typing pauses', async () => {
    renderFiltered('?lang=en');
    const box = screen.getByRole('searchbox', { name: 'Search' });
    fireEvent.change(box, { target: { value: '讲习' } });
    fireEvent.change(box, { target: { value: '讲习班' } });
    expect(urlParams().get('q')).toBeNull();
    await waitFor(() => expect(urlParams().get('q')).toBe('讲习班'));
    expect(caption()?.textContent).toContain('(1 record)');

    // Clearing all empties the box too.
    fireEvent.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect((box as HTMLInputElement).value).toBe('');
  });

  it('finds a partner by any of its names and filters by it in one step', () => {
    renderFiltered('?lang=en');
    const box = screen.getByRole('combobox', { name: 'Partner' });
    fireEvent.change(box, { target: { value: '非盟' } });
    const list = screen.getByRole('listbox');
    expect(
      within(list)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['African Union (AU) (1)']);
    expect(screen.getByText('1 of 3 partners shown')).toBeTruthy();
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(urlParams().get('partner')).toBe('african-union');
    expect(caption()?.textContent).toContain('(1 record)');
    expect((box as HTMLInputElement).value).toBe('African Union (AU)');
    expect(box.getAttribute('aria-expanded')).toBe('false');
  });

  it('picks by the English abbreviation or the Chinese short name with the arrow keys and Enter', () => {
    const undp = dashboardFixture().activities.records.filter((record) =>
      record.partners.includes('undp'),
    ).length;
    renderFiltered('?lang=zh');
    const box = screen.getByRole('combobox', { name: '伙伴' });
    fireEvent.change(box, { target: { value: 'undp' } });
    expect(within(screen.getByRole('listbox')).getAllByRole('option')).toHaveLength(1);
    fireEvent.change(box, { target: { value: '开发署' } });
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      `联合国开发计划署 (UNDP)（${undp}）`,
    ]);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0]?.id);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(urlParams().get('partner')).toBe('undp');
    expect(screen.getByText(`${undp} 条匹配记录`)).toBeTruthy();
  });

  it('closes on Escape and on leaving without changing the filter; the clear button clears it', () => {
    renderFiltered('?lang=en&partner=world-bank');
    const box = screen.getByRole('combobox', { name: 'Partner' }) as HTMLInputElement;
    expect(box.value).toBe('World Bank');
    fireEvent.change(box, { target: { value: 'AU' } });
    expect(box.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(box.value).toBe('World Bank');
    expect(urlParams().get('partner')).toBe('world-bank');

    fireEvent.change(box, { target: { value: 'AU' } });
    fireEvent.blur(box);
    expect(urlParams().get('partner')).toBe('world-bank');
    expect(box.value).toBe('World Bank');

    fireEvent.click(screen.getByRole('button', { name: 'Clear the partner filter (World Bank)' }));
    expect(urlParams().get('partner')).toBeNull();
    expect(box.value).toBe('');
    expect(document.activeElement).toBe(box);
    expect(screen.queryByRole('button', { name: /Clear the partner filter/ })).toBeNull();

    // A filter set elsewhere shows in the box; clearing all empties it.
    fireEvent.change(box, { target: { value: 'World' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(box.value).toBe('World Bank');
    fireEvent.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(urlParams().get('partner')).toBeNull();
    expect(box.value).toBe('');
  });
});
