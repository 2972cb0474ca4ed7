// A date-and-time input that shows and takes times in the zone a sibling field names, e.g. an
// event's own time zone rather than the zone of the editor's computer.
import { type DatetimeOptions, type InputProps, useFormValue } from 'sanity';

/** The datetime options that fix the input to `timeZone`, shown beside the field, not switchable. */
export function zonedOptions(options: DatetimeOptions | undefined, timeZone: string): DatetimeOptions {
  return { ...options, displayTimeZone: timeZone, allowTimeZoneSwitch: false };
}

/** The input component for a datetime field entered in the zone of the document's `zoneField`. */
export function zonedDateTime(zoneField: string, fallback: string) {
  function ZonedDateTimeInput(props: InputProps) {
    const zone = useFormValue([zoneField]);
    const timeZone = typeof zone === 'string' && zone ? zone : fallback;
    const options = zonedOptions(props.schemaType.options as DatetimeOptions | undefined, timeZone);
    return props.renderDefault({ ...props, schemaType: { ...props.schemaType, options } } as InputProps);
  }
  return ZonedDateTimeInput;
}
