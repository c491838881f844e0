import type { NewBedfordRenewalInput } from '../renewalSchema';

/**
 * The Family Preservation Program's 2019 renewal measures, from the completed evaluation worksheet
 * (Attachment 1E-4): 14 of 16 exits or stays in permanent housing, 5 of 11 and 1 of 11 stayers,
 * 2 of 9 and 5 of 9 leavers, 87% utilization, 46 chronically homeless persons of 61 in 46 dedicated
 * beds of 46, no data omissions and $0.00 of its $260,920 grant returned. The worksheet scored it 87.
 */
export const familyPreservationProgram: NewBedfordRenewalInput = {
  asOf: '2019-08-15',
  projectName: 'Family Preservation Program',
  scales: 'rfp',
  exitsToPermanentHousing: { count: 14, outOf: 16 },
  earnedIncomeStayers: { count: 5, outOf: 11 },
  otherIncomeStayers: { count: 1, outOf: 11 },
  earnedIncomeLeavers: { count: 2, outOf: 9 },
  otherIncomeLeavers: { count: 5, outOf: 9 },
  bedUtilization: { percent: 87 },
  chronicHomeless: { basis: 'persons', persons: { count: 46, outOf: 61 }, beds: { count: 46, outOf: 46 } },
  dataQuality: { percent: 0 },
  fiscalManagement: { amount: 0, total: 260_920_00 },
};
