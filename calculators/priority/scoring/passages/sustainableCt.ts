import type { Citation } from '../../../core/citation';

// Passages of the Sustainable CT action that reasons cite for the structure of a rule (each quote is checked by a test).

const ct = (section: 'what-to-do' | 'timeframe-for-credit', quote: string): Citation => ({
  doc: 'sustainable-ct-homelessness-action',
  section,
  quote,
});

export const ctTrainingsTopics = ct(
  'what-to-do',
  'The three trainings must include one training on race equity and homelessness and one training on CAN function and shelter diversion.',
);
export const ctOthersCount = ct(
  'what-to-do',
  'As long as your liaison attends at least three trainings, points may be earned for other municipal staff or elected officials who attend trainings.',
);
export const ctNoDoubleCounting = ct(
  'what-to-do',
  'Activities that are used to earn points toward this Action may not be used to earn points toward any other Sustainable CT event or training action',
);
export const ctTrainingEvidence = ct(
  'what-to-do',
  'For each training, the name and contact information of the individual who attended the training',
);
export const ctLiaisonPosted = ct(
  'what-to-do',
  'Post the name, title, and contact information of such person on your municipal website and other relevant platforms.',
);
export const ctLiaisonCan = ct('what-to-do', 'Have your municipal liaison meet with a representative of your municipality');
export const ctLiaisonTeam = ct(
  'what-to-do',
  "Such person should either be a member of your municipality's Sustainability Team or meet with the Sustainability Team at least annually.",
);
export const ctTaskForce = ct(
  'what-to-do',
  'develop a municipal Task Force to address homelessness, or use your Sustainability Team or other existing municipal group',
);
export const ctForum = ct('what-to-do', 'it must contain resources specific to your municipality');
export const ctRecertification = ct(
  'timeframe-for-credit',
  'you may not claim New Action Credit for items that previously received credit',
);
export const ctRollingRecertification = ct(
  'timeframe-for-credit',
  'you must apply for Rolling Credit for any item that previously received credit, even if it was completed within the past three years',
);
export const ctRollingImpact = ct(
  'timeframe-for-credit',
  'you must demonstrate ongoing, currently relevant, and meaningful impact in your community to be considered for certification points',
);
