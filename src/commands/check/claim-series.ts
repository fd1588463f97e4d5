import type { SeriesReference } from '../../core/check/against-series/series-reference.js';
import { readSeries } from '../../core/series/read-series.js';
import { dailySeries } from '../../core/series/daily.js';
import { FORCES } from '../../core/subjects.js';
import { subjectOfDescription } from '../../extract/subject.js';
import { UsageError } from '../../errors.js';
import { readTextFile } from '../../shell/files.js';
import { echo } from '../../core/wording.js';

const SERIES_FILE = {
  name: '--series',
  accepts: 'dated cumulative counts: CSV, JSON or NDJSON',
};

/**
 * A series file given with `--series` as a reference for a claim: whose losses it counts comes from
 * --series-subject ("Russian forces", "Ukrainian forces near Pokrovsk"), who counts them from
 * --series-claimant.
 */
async function readClaimSeries(
  file: string,
  subjectText: string | undefined,
  claimant: string | undefined,
  id: string,
): Promise<SeriesReference> {
  if (subjectText === undefined || subjectText.trim() === '') {
    throw new UsageError(`--series ${echo(file)} needs --series-subject, such as "Russian forces"`);
  }
  const subject = subjectOfDescription(subjectText);
  if (subject.force === null) {
    throw new UsageError(
      `--series-subject ${echo(subjectText)} names no force: ${FORCES.map((f) => f.replace('-', ' ')).join(', ')}`,
    );
  }
  const text = await readTextFile(file, SERIES_FILE);
  const read = readSeries(text, file);
  if (!read.ok) throw new UsageError(`--series ${echo(file)}: ${read.problem}`);
  const series = dailySeries(read.value.reports);
  if (series.days.length < 2) {
    throw new UsageError(`--series ${echo(file)} holds ${series.days.length} day: give at least two`);
  }
  return {
    id,
    name: file,
    claimant: claimant?.trim() || 'the series',
    measures: `${subjectText.trim()}: cumulative counts`,
    subject,
    ...series,
  };
}

/**
 * The series files given with `--series`, each paired in order with its --series-subject and, when given,
 * its --series-claimant.
 */
export async function readClaimSeriesList(
  files: readonly string[],
  subjects: readonly string[] = [],
  claimants: readonly string[] = [],
): Promise<SeriesReference[]> {
  if (subjects.length > files.length) {
    throw new UsageError(
      `--series-subject is given ${subjects.length} times for ${files.length} --series: give one per series, in order`,
    );
  }
  if (claimants.length > files.length) {
    throw new UsageError(
      `--series-claimant is given ${claimants.length} times for ${files.length} --series: give one per series at most`,
    );
  }
  return Promise.all(
    files.map((file, i) =>
      readClaimSeries(file, subjects[i], claimants[i], files.length === 1 ? 'series' : `series-${i + 1}`),
    ),
  );
}
