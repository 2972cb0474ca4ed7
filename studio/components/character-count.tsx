// A text input with a character count under it, for fields that search engines cut short.
import type { InputProps, StringInputProps } from 'sanity';

const visuallyHidden = {
  position: 'absolute', width: 1, height: 1, overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap',
} as const;

/**
 * The input component for a string or text field whose text is best kept within `max` characters.
 * The count describes the input (read with it, not on every keystroke); only going over the limit,
 * or back under it, is announced.
 */
export function characterCount(max: number) {
  function CharacterCountInput(props: InputProps) {
    const length = typeof props.value === 'string' ? props.value.length : 0;
    const over = length > max;
    const countId = `${props.id}-character-count`;
    const { elementProps } = props as StringInputProps;
    const describedBy = [elementProps?.['aria-describedby'], countId].filter(Boolean).join(' ');
    return (
      <div style={{ display: 'grid', gap: '0.5rem' }}>
        {props.renderDefault({ ...props, elementProps: { ...elementProps, 'aria-describedby': describedBy } } as InputProps)}
        <div id={countId} style={{ fontSize: '0.8125rem', color: over ? 'var(--card-badge-caution-fg-color, #8a6500)' : 'var(--card-muted-fg-color, #6e7683)' }}>
          {length}/{max} characters{over ? `: search engines show about ${max}` : ''}
        </div>
        <div aria-live="polite" style={visuallyHidden}>
          {over ? `Over ${max} characters: search engines cut the rest` : ''}
        </div>
      </div>
    );
  }
  return CharacterCountInput;
}
