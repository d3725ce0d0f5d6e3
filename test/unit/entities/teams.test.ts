/** organization/sports-team: which lines of a sports report name teams. */
import { teamParams, teamSpansInLine } from '../../../src/entities/teams.js';

const p = teamParams(undefined);
const names = (line: string): string[] => teamSpansInLine(line, 0, p).map((s) => line.slice(s.start, s.end));

describe('teamSpansInLine', () => {
  test('a result line names both sides', () => {
    expect(names('Ardley 2 Varnholm Rovers 1')).toEqual(['Ardley', 'Varnholm Rovers']);
    expect(names('Kestow 0 Brill 0 (halftime 0-0).')).toEqual(['Kestow', 'Brill']);
  });

  test("a result line skips a side's country in parentheses, but not a club's code", () => {
    expect(names('Ardley (Kestow) 75 Varnholm Rovers (Brill) 70 (42-41)')).toEqual(['Ardley', 'Varnholm Rovers']);
    expect(names('Ardley (B) 2 Kestow 0')).toEqual([]);
  });

  test('each span says which kind of line named it', () => {
    expect(teamSpansInLine('Ardley 2 Varnholm 1', 0, p).map((s) => s.line)).toEqual(['result', 'result']);
    expect(teamSpansInLine('Kestow 64 2 43 .596 -', 0, p).map((s) => s.line)).toEqual(['standing']);
    expect(teamSpansInLine('Ardley 296, Varnholm 83', 0, p).map((s) => s.line)).toEqual(['score-card', 'score-card']);
  });

  test('a standings row names its team', () => {
    expect(names('Kestow 64 2 43 .596 -')).toEqual(['Kestow']);
    expect(names('NORTH BRILL 59 2 49 .545 5 1/2')).toEqual(['NORTH BRILL']);
  });

  test('a score card names the teams, not the players in parentheses', () => {
    expect(names('Ardley 296, Varnholm 83 and 174 (P. Dorne 4-38).')).toEqual(['Ardley', 'Varnholm']);
    expect(names('Brill: Kestow 214 (P. Dorne 84; M. Lund 4-55), Ardley 108-3.')).toEqual(['Kestow', 'Ardley']);
  });

  test('prose, a single score and too few numbers name nobody', () => {
    expect(names('Ardley beat Varnholm by an innings and 39 runs.')).toEqual([]);
    expect(names('Ardley scored 296 on Friday.')).toEqual([]);
    expect(names('Kestow 64 2')).toEqual([]);
  });

  test('the params are read from the rule, with defaults', () => {
    expect(teamParams({ minSegments: 3 })).toEqual({
      minSegments: 3,
      minStandingNumbers: 3,
      minTeamRowShare: 0.5,
      fixtureLookBehind: 4,
      headlineRunWords: 4,
    });
    expect(teamParams({ minTeamRowShare: 0.8 }).minTeamRowShare).toBe(0.8);
    expect(teamSpansInLine('Ardley 296, Varnholm 83', 0, teamParams({ minSegments: 3 }))).toEqual([]);
  });
});
