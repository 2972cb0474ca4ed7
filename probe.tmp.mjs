import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1440, height: 900 } });
const page = await context.newPage();
await page.goto('https://localhost:3998/intent/edit/id=news-mva-chairmanship-re-elected;type=newsArticle/');
await page.waitForTimeout(8000);
console.log(await page.evaluate(() => [...document.querySelectorAll('[data-testid^="field-"]')].map((e) => e.getAttribute('data-testid')).join(' ')));
console.log(await page.evaluate(() => [...document.querySelectorAll('input[type=file]')].length));
await browser.close();
