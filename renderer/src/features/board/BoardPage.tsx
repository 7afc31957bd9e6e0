import type { PageProps } from '../../app/pages';
import { Heading } from '../../ui/Heading';
import { CaseloadBoard } from './CaseloadBoard';

export function BoardPage({ view }: PageProps) {
  return (
    <>
      <Heading>Caseload board</Heading>
      <CaseloadBoard view={view} />
    </>
  );
}
