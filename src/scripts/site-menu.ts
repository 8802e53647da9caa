/**
 * The header's Menu (a popover that opens without JavaScript): a link in it that leads elsewhere on the
 * same page (this chapter's contents, back to the top) closes it, so the place it leads to is not hidden
 * under the open menu.
 */
export function closeMenuOnLink(): void {
  const menu = document.getElementById('site-menu');
  if (!menu) return;
  menu.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a[href]') && menu.matches(':popover-open')) menu.hidePopover();
  });
}
