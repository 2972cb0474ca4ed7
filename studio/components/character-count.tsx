// A text input with a live character count under it, for fields that search engines cut short.
import type { InputProps } from 'sanity';

/** The input component for a string or text field whose text is best kept within `max` characters. */
export function characterCount(max: number) {
  function CharacterCountInput(props: InputProps) {
    const length = typeof props.value === 'string' ? props.value.length : 0;
    const over = length > max;
    return (
      <div style={{ display: 'grid', gap: '0.5rem' }}>
        {props.renderDefault(props)}
        <div aria-live="polite" style={{ fontSize: '0.8125rem', color: over ? 'var(--card-badge-caution-fg-color, #8a6500)' : 'var(--card-muted-fg-color, #6e7683)' }}>
          {length}/{max} characters{over ? `: search engines show about ${max}` : ''}
        </div>
      </div>
    );
  }
  return CharacterCountInput;
}
