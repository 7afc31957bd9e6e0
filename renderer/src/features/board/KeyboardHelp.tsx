/** The card shortcuts, on screen: a shortcut nobody can find is no help. */
export function KeyboardHelp({ supervisor }: { supervisor: boolean }) {
  return (
    <details className="board-keys">
      <summary>Keyboard shortcuts</summary>
      <p>
        Each pair’s lane is one stop for <kbd>Tab</kbd>: <kbd>Tab</kbd> goes on to the next lane, <kbd>Shift</kbd>+<kbd>Tab</kbd> back, and
        the lane keeps the card you were on. With a card’s name or one of its buttons focused:
      </p>
      <dl>
        <div>
          <dt>
            <kbd>Enter</kbd> on the name
          </dt>
          <dd>Open the participant’s record</dd>
        </div>
        <div>
          <dt>
            <kbd>M</kbd>
          </dt>
          <dd>Open the “Move to…” menu (arrow keys choose, Enter moves, Escape closes)</dd>
        </div>
        <div>
          <dt>
            <kbd>Alt</kbd>+<kbd>←</kbd> / <kbd>Alt</kbd>+<kbd>→</kbd>
          </dt>
          <dd>Move the card to the stage in the column to the left or right</dd>
        </div>
        <div>
          <dt>
            <kbd>C</kbd>
          </dt>
          <dd>Log a contact</dd>
        </div>
        {supervisor && (
          <div>
            <dt>
              <kbd>R</kbd>
            </dt>
            <dd>Reassign to another pair</dd>
          </div>
        )}
        <div>
          <dt>
            <kbd>↑</kbd> / <kbd>↓</kbd>
          </dt>
          <dd>Previous or next card in the column</dd>
        </div>
        <div>
          <dt>
            <kbd>←</kbd> / <kbd>→</kbd>
          </dt>
          <dd>The card beside it in the column to the left or right</dd>
        </div>
        <div>
          <dt>
            <kbd>Home</kbd> / <kbd>End</kbd>
          </dt>
          <dd>The first or last card of the lane</dd>
        </div>
      </dl>
      <p>Moving to Inactive or Exited asks for a reason. Every move is read out and the card keeps the focus.</p>
    </details>
  );
}
