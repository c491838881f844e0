import { nashvillePassages } from './passages/nashville';
import { noticePassages } from './passages/notice';
import { tpchPassages } from './passages/tpch';

/** Every passage the priority rules cite by structure (for the citation test); rules import the file for their document. */
export const passages = { ...tpchPassages, ...nashvillePassages, ...noticePassages } as const;
