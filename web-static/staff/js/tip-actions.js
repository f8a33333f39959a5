// What an officer does to a tip: claim, release, give, move on, prioritise, note, reply, link.
// Every answer or refusal (CONFLICT when someone was quicker, BAD_USER_INPUT naming the field) is
// said in the page's live region; a refused change leaves the form as it was, so nothing typed is lost.
import { $ } from '/js/dom.js';
import { errorMessage, staffGql } from './session.js';
import { CASE_FIELDS, label } from './format.js';

const CASE = `{ ${CASE_FIELDS} }`;
const M = {
  claim: `mutation Claim($tipId: ID!) { claimTip(tipId: $tipId) ${CASE} }`,
  release: `mutation Release($tipId: ID!) { releaseTip(tipId: $tipId) ${CASE} }`,
  assign: `mutation Assign($tipId: ID!, $to: String!, $expected: String) {
    assignTip(tipId: $tipId, to: $to, expectedAssignee: $expected) ${CASE} }`,
  status: `mutation Status($tipId: ID!, $input: TriageStatusInput!) { changeTriageStatus(tipId: $tipId, input: $input) ${CASE} }`,
  priority: `mutation Priority($tipId: ID!, $priority: Int, $reason: String) {
    overrideTriagePriority(tipId: $tipId, priority: $priority, reason: $reason) ${CASE} }`,
  note: `mutation Note($tipId: ID!, $text: String!) { addTriageNote(tipId: $tipId, text: $text) { tipId } }`,
  reply: `mutation Reply($tipId: ID!, $text: String!) { replyToTipster(tipId: $tipId, text: $text) { tipId } }`,
  link: `mutation Link($tipId: ID!, $other: ID!) { linkTips(tipId: $tipId, otherTipId: $other) { tipId } }`,
  unlink: `mutation Unlink($tipId: ID!, $other: ID!) { unlinkTips(tipId: $tipId, otherTipId: $other) { tipId } }`,
  duplicate: `mutation Duplicate($tipId: ID!, $other: ID) { markDuplicateTip(tipId: $tipId, originalTipId: $other) ${CASE} }`,
};

/**
 * Runs one change with its button disabled; `after` gets the mutation's data and says what happened.
 * Returns true when it worked.
 */
async function run(ctx, button, mutation, variables, after) {
  button.disabled = true;
  ctx.say('Saving…');
  try {
    const data = await staffGql(mutation, { tipId: ctx.id, ...variables });
    ctx.say(await after(data), 'ok');
    return true;
  } catch (e) {
    ctx.say(errorMessage(e), 'error');
    if (e.code === 'CONFLICT') {
      try {
        await ctx.reload(); // show what the other officer did
      } catch {
        // the message about the conflict stays; a failed refresh adds nothing useful
      }
    }
    return false;
  } finally {
    button.disabled = false;
  }
}

/** A required text field: says what is missing and focuses it; returns the trimmed text or null. */
function required(ctx, id, what) {
  const text = $(id).value.trim();
  if (!text) {
    ctx.say(`Field ${what}: please write something first.`, 'error');
    $(id).focus();
    return null;
  }
  return text;
}

function wireStatusForm(ctx) {
  const select = $('status-to');
  select.addEventListener('change', () => {
    $('reference-field').hidden = select.value !== 'ESCALATED';
    $('referred-field').hidden = select.value !== 'REFERRED';
  });
  $('status-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const to = select.value;
    if (!to) return;
    const input = { to, reason: $('status-reason').value.trim() || null };
    if (to === 'ESCALATED') input.reference = $('status-reference').value.trim() || null;
    if (to === 'REFERRED') input.referredTo = $('status-referred').value.trim() || null;
    const ok = await run(ctx, $('status-submit'), M.status, { input }, async (data) => {
      await ctx.reload(); // the history gains an entry
      return `Status changed to ${label(data.changeTriageStatus.status)}.`;
    });
    if (ok) {
      $('status-form').reset();
      select.dispatchEvent(new Event('change'));
    }
  });
}

function wireAssignment(ctx) {
  $('claim').addEventListener('click', () => run(ctx, $('claim'), M.claim, {}, (data) => {
    ctx.renderCase(data.claimTip);
    $('release').focus();
    return 'You hold this tip now.';
  }));
  $('release').addEventListener('click', () => run(ctx, $('release'), M.release, {}, (data) => {
    ctx.renderCase(data.releaseTip);
    $('claim').focus();
    return 'You gave this tip back to the queue.';
  }));
  $('assign-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const to = required(ctx, 'assign-to', 'colleague');
    if (!to) return;
    const ok = await run(ctx, $('assign-submit'), M.assign, { to, expected: ctx.caseNow().assignee || null }, (data) => {
      ctx.renderCase(data.assignTip);
      return `The tip is now held by ${data.assignTip.assignee}.`;
    });
    if (ok) $('assign-form').reset();
  });
}

function wireTexts(ctx) {
  $('note-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = required(ctx, 'note-text', 'note');
    if (!text) return;
    const ok = await run(ctx, $('note-submit'), M.note, { text }, async () => {
      await ctx.reload();
      return 'Note added.';
    });
    if (ok) $('note-form').reset();
  });
  $('reply-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = required(ctx, 'reply-text', 'reply');
    if (!text) return;
    const ok = await run(ctx, $('reply-submit'), M.reply, { text }, async () => {
      await ctx.reload();
      return 'Reply sent: the tipster sees it with their receipt.';
    });
    if (ok) $('reply-form').reset();
  });
}

function wirePriority(ctx) {
  $('priority-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const raw = $('priority-value').value.trim();
    const priority = raw === '' ? null : Number(raw);
    const reason = $('priority-reason').value.trim() || null;
    const ok = await run(ctx, $('priority-submit'), M.priority, { priority, reason }, (data) => {
      ctx.renderCase(data.overrideTriagePriority);
      return priority === null ? 'The priority is computed again.' : `Priority set to ${priority}.`;
    });
    if (ok) $('priority-form').reset();
  });
}

function wireLinks(ctx) {
  const other = () => required(ctx, 'link-other', 'other tip id');
  $('link-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const id = other();
    if (!id) return;
    const ok = await run(ctx, $('link-submit'), M.link, { other: id }, async () => {
      await ctx.reload();
      return 'Tips linked.';
    });
    if (ok) $('link-form').reset();
  });
  $('duplicate-submit').addEventListener('click', async () => {
    const id = other();
    if (!id) return;
    const ok = await run(ctx, $('duplicate-submit'), M.duplicate, { other: id }, async () => {
      await ctx.reload();
      return 'Marked as a duplicate, and linked.';
    });
    if (ok) $('link-form').reset();
  });
  $('linked').addEventListener('click', (event) => {
    const button = event.target.closest('button[data-unlink]');
    if (!button) return;
    run(ctx, button, M.unlink, { other: button.dataset.unlink }, async () => {
      await ctx.reload();
      return 'Link removed.';
    });
  });
}

/** ctx: { id, user, caseNow(), renderCase(case), reload(), say(text, kind) }. */
export function wireActions(ctx) {
  wireAssignment(ctx);
  wireStatusForm(ctx);
  wirePriority(ctx);
  wireTexts(ctx);
  wireLinks(ctx);
}
