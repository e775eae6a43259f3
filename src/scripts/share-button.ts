/**
 * The share button: the system share sheet where the browser has one (most
 * phones), otherwise copy the page's address. Loaded only on pages with the button.
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

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-share-url]')) {
  const status = button.parentElement!.querySelector<HTMLElement>('[role="status"]')!;
  const data = { title: button.dataset.shareTitle, text: button.dataset.shareText, url: button.dataset.shareUrl! };
  const canShare = typeof navigator.share === 'function' && (!navigator.canShare || navigator.canShare(data));
  button.textContent = canShare ? '分享' : '复制链接';
  button.hidden = false;
  if (/MicroMessenger/i.test(navigator.userAgent)) button.parentElement!.querySelector<HTMLElement>('[data-wechat]')!.hidden = false;
  button.addEventListener('click', async () => {
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
  });
}
