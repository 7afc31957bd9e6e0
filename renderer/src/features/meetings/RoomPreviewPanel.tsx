import type { RoomPreview } from '../../../../shared/ipc/meetings-contract';
import { SHARE_LEVEL_LABELS } from '../../../../shared/domain/share-levels';
import { RoomItem } from './RoomItem';

/** Exactly what the room would see of an item with the people now present, or why it would see nothing. */
export function RoomPreviewPanel({ preview, label }: { preview: RoomPreview; label: string }) {
  return (
    <section className="room-preview" aria-label={label}>
      <p className="room-preview-label">{label}</p>
      {preview.shown ? (
        <>
          <p className="room-preview-level">Level: {SHARE_LEVEL_LABELS[preview.level]}</p>
          <RoomItem view={preview.view} headingLevel={3} />
        </>
      ) : (
        <p className="room-preview-hidden">Not shown to this room: {preview.reason}</p>
      )}
    </section>
  );
}
