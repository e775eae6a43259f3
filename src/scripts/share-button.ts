/**
 * What the share button does once tapped: the system share sheet where the
 * browser has one (most phones), otherwise copy the page's address. Loaded on
 * the first press (ShareButton.astro shows the button and fetches this on
 * pointerdown, so it is there by the time the tap ends).
 */
async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older in-app browsers (WeChat's among them) lack the async clipboard; a selected field still copies there.
    const field = document.createElement('textarea');
    field.value = text;
    field.readOnly = true;
    field.style.cssText = 'position:fixed;opacity:0';
    document.body.append(field);
    field.select();
    const copied = document.execCommand('copy');
    field.remove();
    return copied;
  }
}

/** Shares the address `button` carries, or copies it, and says which in the button's status line. */
export async function share(button: HTMLButtonElement, canShare: boolean): Promise<void> {
  const status = button.parentElement!.querySelector<HTMLElement>('[role="status"]')!;
  const data = { title: button.dataset.shareTitle, text: button.dataset.shareText, url: button.dataset.shareUrl! };
  if (canShare) {
    try {
      return void (await navigator.share(data));
    } catch (error) {
      if ((error as Error).name === 'AbortError') return;
    }
  }
  const copied = await copy(data.url);
  status.textContent = '';
  status.textContent = copied ? '✓ 链接已复制，可以粘贴给家人了' : `请长按下面的地址复制：${data.url}`;
}
