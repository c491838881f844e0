/**
 * The message for each missing answer, naming the question in plain words (GOV.UK style: "Enter…",
 * "Choose…", "Say whether…"). Islands show these next to the field and in the error summary.
 */
export const questions = {
  assessmentDate: 'Enter the date of the application (the assessment date)',
  program: 'Choose the program: CoC or ESG',
  component: 'Choose the kind of help (the component)',
  'household.size': 'Enter how many people are in the household',
  'household.headAge': 'Enter the age of the head of household (or of the young person, if on their own)',
  'household.childrenOrYouth': 'Say whether the household includes children or youth',
  'household.disability': 'Say whether anyone in the household has a disability',
  'household.chronicallyHomeless': 'Say whether the household is chronically homeless (the chronic homelessness tool can check)',
  lastNight: 'Choose where the household spent last night',
  'institution.daysStayed': 'Enter how many days the person stayed in the institution',
  'institution.placeBefore': 'Choose where the person stayed right before entering the institution',
  ownHomeTonight: 'Say whether the household has a home of its own it can safely stay in tonight',
  mustLeave: 'Say whether the household has to leave the place where it is staying',
  mustLeaveOn: 'Enter the date the household has to leave',
  writtenNotice: 'Say whether the household was told in writing that it has to leave',
  otherResidence: 'Say whether the household has another place it can live',
  lacksResources: 'Say whether the household lacks the money and support (family, friends, faith or other networks) to find other housing',
  fleeingViolence: 'Say whether the household is fleeing or trying to flee violence',
  recentMoves: 'Enter how many times the household moved in the last 60 days',
  recentEconomicMoves: 'Enter how many of those moves were because of money problems',
  doubledUpForEconomicHardship: "Say whether the household is living in someone else's home because of money problems",
  'unit.kind': 'Choose what kind of unit the household lives in',
  'unit.people': 'Enter how many people live in the unit',
  'unit.rooms': 'Enter how many rooms the unit has',
  leavingInstitutionOrCare: 'Say whether someone is leaving a publicly funded institution or system of care',
  consolidatedPlanRisk: 'Say whether the housing has traits the consolidated plan links to instability',
  otherFederalStatute: 'Say whether a child or youth in the household is homeless under another federal law',
  permanentHousingRecently:
    'Say whether the household had a lease, ownership or occupancy agreement in permanent housing in the last 60 days',
  specialNeeds: 'Choose the special needs or barriers the household has, or none',
  barriersToEmployment: 'Enter how many barriers to employment the household has',
  unwillingOrUnableToUseShelter: 'Say whether the household is unwilling or unable to stay in an emergency shelter',
  'income.annual': "Enter the household's annual income",
  'income.limit': 'Choose how to find the area income limit',
  'project.hudApprovedCategory3': 'Say whether HUD approved this project to serve category 3 households',
  'project.chronicDedicated': 'Say whether the beds are dedicated to chronically homeless households',
  'project.bonus': 'Say whether the project is a new permanent housing bonus project',
  'project.victimServiceProvider': 'Say whether a victim service provider runs the project',
} as const;

/** An answer's path in the input, as error paths name it. */
export type QuestionPath = keyof typeof questions;

/** The error for a missing answer. */
export const answerMissing = (path: QuestionPath): { path: string; message: string } => ({ path, message: questions[path] });
