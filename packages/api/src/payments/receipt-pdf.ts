import { readFile } from 'node:fs/promises';
import type PDFKit from 'pdfkit';
import type { AppConfig } from '../core/config/config';
import { PaymentMethod, PaymentProvider, PaymentStatus, PaymentType } from './payment.enums';

/** A payment with its client, as a receipt shows it. */
export interface ReceiptRow {
  id: string;
  project_id: string;
  provider: PaymentProvider;
  provider_reference: string;
  payment_type: PaymentType;
  method: PaymentMethod | null;
  amount: number;
  refunded_amount: number;
  currency: string;
  status: PaymentStatus;
  received_at: Date;
  client_name: string;
  client_address: string | null;
}

export function shortId(id: string): string {
  return id.slice(0, 8).toLowerCase();
}

/**
 * pdfkit's 14 standard fonts are WinAnsi-encoded and have no ą č ę ė į š ų ū ž, so DejaVu Sans is
 * embedded (subset) from the `dejavu-fonts-ttf` npm package: it ships plain TTFs with full
 * Latin Extended-A, and comes with the app rather than from the host's fonts.
 */
const FONT_FILES = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};
let fontBytes: Promise<{ regular: Buffer; bold: Buffer }> | undefined;

function loadFonts(): Promise<{ regular: Buffer; bold: Buffer }> {
  fontBytes ??= Promise.all([readFile(FONT_FILES.regular), readFile(FONT_FILES.bold)]).then(([regular, bold]) => ({ regular, bold }));
  fontBytes.catch(() => (fontBytes = undefined)); // retry on the next request rather than caching a failure
  return fontBytes;
}

const PAYMENT_TYPE_LT: Record<PaymentType, string> = {
  [PaymentType.DEPOSIT]: 'Avansas',
  [PaymentType.FINAL]: 'Galutinis mokėjimas',
};
const METHOD_LT: Record<PaymentMethod, string> = {
  [PaymentMethod.CARD]: 'Mokėjimo kortelė',
  [PaymentMethod.CASH]: 'Grynieji pinigai',
  [PaymentMethod.BANK_TRANSFER]: 'Banko pervedimas',
};
const PROVIDER_LT: Record<PaymentProvider, string> = {
  [PaymentProvider.STRIPE]: 'Stripe',
  [PaymentProvider.MANUAL]: 'užregistruota rankiniu būdu',
};
const STATUS_LT: Record<PaymentStatus, string> = {
  [PaymentStatus.SUCCEEDED]: 'Gautas',
  [PaymentStatus.FAILED]: 'Nepavykęs',
  [PaymentStatus.REFUNDED]: 'Grąžintas',
  [PaymentStatus.PARTIALLY_REFUNDED]: 'Iš dalies grąžintas',
};

const NBSP = '\u00a0';

/** Minor units → "1 234,50 €" (Lithuanian: space-grouped thousands, comma decimal; non-breaking spaces keep it on one line). */
export function formatMoney(minor: number, currency: string): string {
  const sign = minor < 0 ? '−' : '';
  const abs = Math.abs(minor);
  const whole = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  const cents = String(abs % 100).padStart(2, '0');
  const code = currency.trim().toUpperCase();
  return `${sign}${whole},${cents}${NBSP}${code === 'EUR' ? '€' : code}`;
}

/** "2025-03-14 14:05" as a wall clock in the business time zone. */
function formatDateTime(at: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

function methodLabel(row: ReceiptRow): string {
  const provider = PROVIDER_LT[row.provider] ?? row.provider;
  const method = row.method ? (METHOD_LT[row.method] ?? row.method) : null;
  return method ? `${method} (${provider})` : provider.charAt(0).toUpperCase() + provider.slice(1);
}

const PAGE_LEFT = 50;
const LABEL_WIDTH = 170;
const CONTENT_WIDTH = 495; // A4 width 595pt minus 50pt margins

export async function renderReceipt(row: ReceiptRow, config: AppConfig): Promise<Buffer> {
  const fonts = await loadFonts();
  const { company } = config;
  // Loaded on the first receipt, not at start-up (module loading is most of a start).
  const PDFDocument = require('pdfkit') as typeof PDFKit;
  const doc = new PDFDocument({
    size: 'A4',
    margin: PAGE_LEFT,
    lang: 'lt-LT',
    // Avoids loading the unused standard Helvetica font.
    font: FONT_FILES.regular,
    info: { Title: 'Mokėjimo kvitas', Author: company.name, Subject: `Mokėjimas ${row.id}` },
  });
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);

  const heading = (text: string) => {
    doc.moveDown(0.8).font('bold').fontSize(12).fillColor('#1d3b1d').text(text, PAGE_LEFT, doc.y);
    doc
      .moveTo(PAGE_LEFT, doc.y + 2)
      .lineTo(PAGE_LEFT + CONTENT_WIDTH, doc.y + 2)
      .strokeColor('#9bbf9b')
      .lineWidth(0.5)
      .stroke();
    doc.moveDown(0.5).fillColor('black');
  };
  const field = (label: string, value: string) => {
    const top = doc.y;
    doc.font('bold').fontSize(10).text(label, PAGE_LEFT, top, { width: LABEL_WIDTH });
    const labelBottom = doc.y;
    doc
      .font('regular')
      .fontSize(10)
      .text(value || '—', PAGE_LEFT + LABEL_WIDTH + 10, top, { width: CONTENT_WIDTH - LABEL_WIDTH - 10 });
    doc.x = PAGE_LEFT;
    doc.y = Math.max(labelBottom, doc.y) + 3;
  };

  doc.font('bold').fontSize(20).fillColor('#1d3b1d').text('Mokėjimo kvitas', PAGE_LEFT, PAGE_LEFT);
  doc
    .font('regular')
    .fontSize(10)
    .fillColor('black')
    .text(`Kvito Nr. ${shortId(row.id).toUpperCase()}`);

  heading('Pardavėjas');
  field('Įmonė', company.name);
  field('Įmonės kodas', company.code);
  field('PVM mokėtojo kodas', company.vatCode);
  field('Adresas', company.address);
  field('Telefonas', company.phone);
  field('El. paštas', company.email);

  heading('Mokėjimas');
  field('Data', formatDateTime(row.received_at, config.businessTimezone));
  field('Suma', formatMoney(row.amount, row.currency));
  field('Valiuta', row.currency.trim().toUpperCase());
  field('Mokėjimo paskirtis', PAYMENT_TYPE_LT[row.payment_type] ?? row.payment_type);
  field('Mokėjimo būdas', methodLabel(row));
  if (row.provider === PaymentProvider.STRIPE) field('Mokėjimo nuoroda', row.provider_reference);
  field('Būsena', STATUS_LT[row.status] ?? row.status);
  if (row.refunded_amount > 0) field('Grąžinta', formatMoney(row.refunded_amount, row.currency));
  field('Mokėjimo ID', row.id);

  heading('Klientas');
  field('Mokėtojas', row.client_name);
  field('Adresas', row.client_address ?? '');
  field('Projektas', row.project_id);

  doc
    .moveDown(2)
    .font('regular')
    .fontSize(8)
    .fillColor('#555555')
    .text(
      `Kvitas patvirtina, kad ${company.name} gavo nurodytą mokėjimą. Tai nėra PVM sąskaita faktūra. ` +
        `Išrašyta ${formatDateTime(new Date(), config.businessTimezone)} (${config.businessTimezone}).`,
      PAGE_LEFT,
      doc.y,
      { width: CONTENT_WIDTH },
    );
  doc.end();
  return done;
}
