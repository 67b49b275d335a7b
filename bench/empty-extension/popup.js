// The least an extension popup can do before showing a list: one module script, one storage read.
chrome.storage.local.get('tokenCacheHeads').then(() => {
  const item = document.createElement('li');
  item.className = 'token';
  item.textContent = 'baseline';
  document.querySelector('.tokens').append(item);
});
