import { useCombobox } from 'downshift';
import type { UseComboboxState, UseComboboxStateChangeOptions } from 'downshift';
import type { FilterOption } from './filter-options-state.ts';

const { InputBlur, InputKeyDownEscape } = useCombobox.stateChangeTypes;

/**
 * Downshift's defaults, except that leaving the box (Tab, a click elsewhere) picks nothing, and
 * Escape closes the list without clearing the filter (the clear button does that): the filter
 * changes only on Enter or a click on an option.
 */
export function partnerStateReducer(
  state: UseComboboxState<FilterOption>,
  { type, changes }: UseComboboxStateChangeOptions<FilterOption>,
): Partial<UseComboboxState<FilterOption>> {
  if (type !== InputBlur && type !== InputKeyDownEscape) return changes;
  return {
    ...changes,
    isOpen: false,
    selectedItem: state.selectedItem,
    inputValue: state.selectedItem?.label ?? '',
  };
}
