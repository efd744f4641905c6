import moment, { type MomentInput } from 'moment';
// The Ukrainian axis labels. This import also makes Ukrainian moment's global locale, which
// vis would then use for every timeline: set English back and pass `locale` per timeline.
import 'moment/dist/locale/uk';
import { zoneOffsetMinutes } from '../../domain/time-zones.ts';

moment.locale('en');

/**
 * A moment factory for vis that reads every date in `zone`, so that the axis counts hours
 * and days there. vis calls it for every label and item, so offsets are cached per quarter
 * hour.
 */
export function momentInZone(zone: string) {
  const offsets = new Map<number, number>();
  return (input: MomentInput) => {
    const value = moment(input);
    const bucket = Math.floor(value.valueOf() / 900_000);
    let offset = offsets.get(bucket);
    if (offset === undefined) {
      if (offsets.size > 10_000) offsets.clear();
      offset = zoneOffsetMinutes(zone, value.valueOf());
      offsets.set(bucket, offset);
    }
    return value.utcOffset(offset);
  };
}
