// Test helpers: the election files the tests read, and the error a refused file throws.
import { readFileSync } from 'node:fs';
import { ElectionFileError } from './election-types.ts';

const huddingeDir = new URL('../../../../../db/seed/elections/huddinge/', import.meta.url);

/** A file of Huddinge's cleaned data, shipped in db/seed/elections/huddinge/. */
export function readHuddingeFile(name: string): string {
  return readFileSync(new URL(name, huddingeDir), 'utf8');
}

/** A file of the cut of Västra Götaland's published files in fixtures/. */
export function readFixtureFile(name: string): string {
  return readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
}

/** The ElectionFileError that run throws; fails the test when it throws nothing or something else. */
export function errorOf(run: () => unknown): ElectionFileError {
  try {
    run();
  } catch (error) {
    if (error instanceof ElectionFileError) return error;
    throw error;
  }
  throw new Error('expected an ElectionFileError');
}
