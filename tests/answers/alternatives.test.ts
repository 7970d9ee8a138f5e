import { describe, expect, test } from 'vitest';
import { alternativesOf } from '../../src/answers/alternatives.js';

describe('alternativesOf', () => {
  test.each([
    ['the dead in almaty - were they protesters or attackers?', ['protesters'], ['attackers']],
    ['when did they try to storm the buildings, day or night?', ['day'], ['night']],
    ['did the protests stay small or did they escalate quickly', ['protests', 'stay', 'small'], ['escalate', 'quickly']],
    ['who said there was a blackout, a govt or a watchdog group', ['govt'], ['watchdog']],
    ['did any foreigners or tourists get hurt', ['foreigners'], ['tourists']],
    ['did the attackers get killed too or just police?', ['attackers'], ['police']],
    ['were any journalists killed or hurt?', ['killed'], ['hurt']],
    ['did the protests stay small or did they get worse?', ['protests', 'stay', 'small'], ['worse']],
    ['were protesters hurt too or only police officers', ['protesters', 'hurt'], ['police', 'officers']],
  ])('GIVEN "%s" THEN the alternatives are %j and %j', (question, first, second) => {
    expect(alternativesOf(question)).toEqual([first, second]);
  });

  test.each(['did the csto agree to send troops or not', 'did they act before or after the appeal', 'or what', 'how many were killed'])(
    'GIVEN "%s" THEN it offers no two alternatives',
    (question) => {
      expect(alternativesOf(question)).toBeUndefined();
    },
  );
});
