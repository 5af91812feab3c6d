import { useI18n } from '../../lib/i18n/use-i18n.ts';
import type { MessageKey } from '../../lib/i18n/messages.ts';
import '../../lib/ui/tool-button.css';

/** Buttons that switch what a chart shows or counts, one pressed. */
export function ModeSwitch<T extends string>(props: {
  readonly value: T;
  readonly options: readonly (readonly [T, MessageKey])[];
  readonly onChange: (value: T) => void;
  /** What the buttons choose (a visible legend); "Show" when not given. */
  readonly legend?: MessageKey;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="chart-modes">
      <legend>{t(props.legend ?? 'charts.mode')}</legend>
      {props.options.map(([value, key]) => (
        <button
          key={value}
          type="button"
          className="tool-button"
          aria-pressed={props.value === value}
          onClick={() => props.onChange(value)}
        >
          {t(key)}
        </button>
      ))}
    </fieldset>
  );
}
