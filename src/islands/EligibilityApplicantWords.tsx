import type { QuestionWords } from './EligibilityQuestions';

/** The applicant's questions, in plain words addressed to "you". */
const words: QuestionWords = {
  j: { label: 'Where are you looking for help?' },
  night: { label: 'Where did you sleep last night?' },
  idays: { label: 'How many days were you in the jail, hospital or treatment center?', hint: 'Count the days since going in.' },
  ibefore: { label: 'Where were you staying right before you went in?' },
  own: {
    label: 'Do you have a home of your own that you can safely stay in tonight?',
    hint: 'A place you rent, own, or have an agreement to live in, where you are safe.',
  },
  leave: {
    label: 'Do you have to leave the place where you are staying?',
    hint: 'For example an eviction, a notice to leave, or being told to go.',
  },
  leaveOn: { label: 'By what date do you have to leave?' },
  written: { label: 'Were you told in writing?', hint: 'A court order, an eviction notice or a letter.' },
  doubled: { label: 'Are you staying there because you cannot afford a place of your own?' },
  ukind: { label: 'What kind of home is it?' },
  upeople: { label: 'How many people live there, including you?' },
  urooms: {
    label: 'How many rooms does it have?',
    hint: 'Count bedrooms, living and dining rooms and the kitchen. Do not count bathrooms, halls or open porches.',
  },
  flee: {
    label: 'Are you trying to get away from violence or abuse?',
    hint: 'Domestic violence, dating violence, sexual assault, stalking, or other danger from violence. If you are in danger now, call 911.',
  },
  other: { label: 'Apart from where you are now, is there another place you could live?' },
  lacks: { label: 'Do you lack the money and the people (family, friends, faith or community groups) to help you find another place?' },
  refuse: { label: 'Are you unable or unwilling to stay in an emergency shelter?' },
  size: { label: 'How many people are in your household, including you?' },
  kids: { label: 'Does your household include children or young people?' },
  age: { label: 'How old are you?', hint: 'If you are applying for your family, give the age of the head of the household.' },
  statute: { label: 'Has a school, youth program, Head Start or another agency said that you or your child are homeless under its rules?' },
  lease: {
    label: (days: number) =>
      `In the last ${days} days, have you had a lease, owned a home, or had an agreement to live somewhere permanent?`,
  },
  moves: { label: (days: number) => `How many times have you moved in the last ${days} days?` },
  emoves: { label: 'How many of those moves were because you could not afford to stay?' },
  needs: { label: 'Do any of these apply to your household?' },
  barriers: {
    label:
      'How many of these apply to you: no high school diploma or GED, trouble reading, limited English, time in jail or prison, an unstable work history?',
    hint: 'No high school diploma or GED, illiteracy, low English proficiency, a history of incarceration or detention, an unstable work history.',
  },
  leaving: {
    label:
      'Are you, or is someone in your household, leaving a hospital, mental health facility, foster care, youth facility, jail or prison?',
  },
  dis: { label: 'Does anyone in your household have a disability?' },
  income: {
    label: 'How much money does your household get in a year, in total?',
    hint: 'Before taxes, from all sources, expected over the next 12 months. Enter 0 if none.',
  },
};

export const applicantWords = words;
