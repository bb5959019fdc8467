import { chartGeometry } from '../../../domain/reports/chart.js';
import { chartAlt, reportLabels, targetText } from '../../../domain/reports/labels.js';
import { displayValue, textIn, type ReportIndicator, type ReportModel } from '../../../domain/reports/model.js';
import { paragraphsOf } from '../../../domain/reports/narrative.js';
import { openTaggedPdf, type PdfOptions, type TaggedPdf, type Weight } from '../../platform/pdf.js';

/**
 * The council report as a tagged PDF (PDF/UA-1 identified, on the platform's tagged document):
 * the title block (municipality, period, published, data version), the narrative as H2 + P,
 * per goal a table (Table/TR/TH/TD, column and row headers) and a trend chart per indicator drawn
 * as vectors — quarterly values against the target line — tagged as a Figure whose Alt text
 * states every value. It reads only the report model (the snapshot), so a published PDF shows
 * what the snapshot holds; suppressed counts read «<5». Deterministic: dated from the model.
 */

const CHART = { width: 0, height: 120, left: 44, right: 24, top: 10, bottom: 22 };
const GREY = '#5c6670';
const LINE = '#1e4b7a';
const TARGET = '#b4321e';

/** StructureElementOptions in @types/pdfkit lacks scope and bbox, which pdfkit 0.20 supports. */
type StructOptions = PDFKit.Mixins.StructureElementOptions & { scope?: 'Row' | 'Column' | 'Both'; bbox?: [number, number, number, number] };
const opts = (o: StructOptions): PDFKit.Mixins.StructureElementOptions => o;

/** Lines and rules that carry no content: marked as layout artifacts. */
function artifact(pdf: TaggedPdf, draw: () => void): void {
  pdf.doc.markContent('Artifact', { type: 'Layout' });
  draw();
  pdf.doc.endMarkedContent();
}

function renderTable(pdf: TaggedPdf, parent: PDFKit.PDFStructureElement, model: ReportModel, indicators: readonly ReportIndicator[]): void {
  const { doc, margin, width, size } = pdf;
  const l = reportLabels(model.language);
  const share = [0.42, 0.14, 0.16, 0.14, 0.14];
  const widths = share.map((s) => s * width);
  const xs = widths.map((_, i) => margin + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const pad = 3;
  const heightOf = (cells: readonly string[], weights: readonly Weight[]) =>
    Math.max(
      ...cells.map((text, i) => {
        pdf.font(weights[i] ?? 400);
        doc.fontSize(size.small);
        return doc.heightOfString(text, { width: (widths[i] ?? 0) - 2 * pad, lineGap: 2 });
      }),
    ) +
    2 * pad;

  const table = doc.struct('Table');
  parent.add(table);
  const drawRow = (cells: readonly string[], header: boolean) => {
    const weights: Weight[] = cells.map((_, i) => (header || i === 0 ? 600 : 400));
    const h = heightOf(cells, weights);
    pdf.keepSpace(h + 2);
    const top = doc.y;
    const tr = doc.struct('TR');
    table.add(tr);
    cells.forEach((text, i) => {
      const type = header || i === 0 ? 'TH' : 'TD';
      const scope = header ? 'Column' : i === 0 ? 'Row' : undefined;
      tr.add(
        doc.struct(type, opts(scope ? { scope } : {}), () =>
          pdf.write(text, weights[i] ?? 400, size.small, { x: (xs[i] ?? margin) + pad, y: top + pad, width: (widths[i] ?? 0) - 2 * pad, lineGap: 2 }),
        ),
      );
    });
    tr.end();
    artifact(pdf, () => {
      doc
        .moveTo(margin, top + h)
        .lineTo(margin + width, top + h)
        .lineWidth(header ? 1 : 0.5)
        .strokeColor(GREY)
        .stroke();
    });
    doc.x = margin;
    doc.y = top + h;
  };
  drawRow([l.indicator, l.value, l.target, l.status, l.source], true);
  for (const i of indicators) {
    drawRow(
      [
        `${textIn(i.name, model.language)} (${l.units[i.unit]})`,
        displayValue(i.value, i.unit, model.language),
        targetText(i, model.language) ?? '–',
        i.status ? l.statuses[i.status] : '–',
        l.sources[i.source],
      ],
      false,
    );
  }
  table.end();
  doc.moveDown(0.8);
}

function renderChart(pdf: TaggedPdf, parent: PDFKit.PDFStructureElement, model: ReportModel, indicator: ReportIndicator): void {
  const { doc, margin, width, size } = pdf;
  const box = { ...CHART, width: Math.min(width, 420) };
  pdf.keepSpace(box.height + pdf.lineHeight(size.small) * 2 + 8);
  parent.add(doc.struct('P', {}, () => pdf.write(`${textIn(indicator.name, model.language)} – ${reportLabels(model.language).trend.toLowerCase()}`, 600, size.small)));
  const top = doc.y + 2;
  const g = chartGeometry(indicator, box);
  const at = (x: number, y: number) => [margin + x, top + y] as const;
  const alt = chartAlt(indicator, model.language);
  parent.add(
    doc.struct('Figure', opts({ alt, bbox: [margin, top, margin + box.width, top + box.height] }), () => {
      doc.save();
      // Grid and y axis labels.
      for (const tick of g.ticks) {
        const [x0, y] = at(g.plot.x0, tick.y);
        const [x1] = at(g.plot.x1, tick.y);
        doc.moveTo(x0, y).lineTo(x1, y).lineWidth(0.3).strokeColor('#c8ced4').stroke();
        pdf.write(displayValue({ value: tick.value, suppressed: false }, indicator.unit, model.language), 400, 7, { x: margin, y: y - 4, width: g.plot.x0 - 4, align: 'right', lineBreak: false });
      }
      // Target line, dashed.
      if (g.targetY !== null) {
        const [x0, y] = at(g.plot.x0, g.targetY);
        const [x1] = at(g.plot.x1, g.targetY);
        doc.moveTo(x0, y).lineTo(x1, y).dash(4, { space: 3 }).lineWidth(1.2).strokeColor(TARGET).stroke().undash();
      }
      // The values: lines through consecutive quarters, a dot at each.
      for (const segment of g.segments) {
        segment.forEach((p, i) => {
          const [x, y] = at(p.x, p.y);
          if (i === 0) doc.moveTo(x, y);
          else doc.lineTo(x, y);
        });
        doc.lineWidth(1.6).strokeColor(LINE).stroke();
        for (const p of segment) {
          const [x, y] = at(p.x, p.y);
          doc.circle(x, y, 2.2).fillColor(LINE).fill();
        }
      }
      // Quarter labels; a suppressed quarter is a gap in the line marked «<5» at the axis.
      g.points.forEach((p, i) => {
        const [x] = at(p.x, 0);
        pdf.write(p.label, 400, 7, { x: x - 30, y: top + g.plot.y0 + 5, width: 60, align: 'center', lineBreak: false });
        if (indicator.series[i]?.value.suppressed) pdf.write('<5', 400, 7, { x: x - 15, y: top + g.plot.y0 - 10, width: 30, align: 'center', lineBreak: false });
      });
      doc.fillColor('black').strokeColor('black');
      doc.restore();
    }),
  );
  doc.x = margin;
  doc.y = top + box.height + 8;
}

/**
 * Renders the report model as a tagged PDF.
 * @throws Error when pdfkit or the font files fail (I/O).
 */
export function renderReportPdf(model: ReportModel, options: PdfOptions = {}): Promise<Buffer> {
  const l = reportLabels(model.language);
  const pdf = openTaggedPdf({
    title: model.title,
    author: model.municipality.name,
    language: model.language,
    date: model.publishedOn ?? model.asOf,
    ...(options.compress !== undefined ? { compress: options.compress } : {}),
  });
  const { doc, root, size } = pdf;

  pdf.paragraph(`${model.municipality.name}\n${l.reportFor}`, 600);
  doc.moveDown(0.5);
  root.add(doc.struct('H1', {}, () => pdf.write(model.title, 600, size.h1)));
  doc.moveDown(0.5);
  const info = [
    `${l.period}: ${model.periodLabel} (${model.period.from} – ${model.period.to})`,
    model.publishedOn ? `${l.published}: ${model.publishedOn}` : l.draft,
    `${l.asOf}: ${model.asOf}`,
    ...(model.dataVersion ? [`${l.dataVersion}: ${model.dataVersion}`] : []),
    ...(model.plan ? [`${l.plan}: ${model.plan.title}${model.plan.adoptedRef ? ` (${model.plan.adoptedRef})` : ''}`] : []),
  ];
  pdf.paragraph(info.join('\n'), 400, size.body);
  doc.moveDown(0.5);
  pdf.paragraph(l.suppressionNote, 400, size.small);
  doc.moveDown(1);

  for (const section of model.narrative) {
    const sect = doc.struct('Sect');
    root.add(sect);
    pdf.keepSpace(pdf.lineHeight(size.h2) + 2 * pdf.lineHeight(size.body));
    sect.add(doc.struct('H2', {}, () => pdf.write(section.heading, 600, size.h2)));
    doc.moveDown(0.25);
    const paragraphs = paragraphsOf(section.text);
    for (const p of paragraphs.length > 0 ? paragraphs : [l.noText]) {
      pdf.keepSpace(pdf.lineHeight(size.body));
      sect.add(doc.struct('P', {}, () => pdf.write(p, 400, size.body)));
      doc.moveDown(0.4);
    }
    sect.end();
    doc.moveDown(0.5);
  }

  for (const goal of model.goals) {
    const sect = doc.struct('Sect');
    root.add(sect);
    pdf.keepSpace(pdf.lineHeight(size.h2) + 4 * pdf.lineHeight(size.small));
    sect.add(doc.struct('H2', {}, () => pdf.write(goal.title, 600, size.h2)));
    doc.moveDown(0.3);
    renderTable(pdf, sect, model, goal.indicators);
    for (const indicator of goal.indicators) if (indicator.series.length > 0) renderChart(pdf, sect, model, indicator);
    sect.end();
    doc.moveDown(0.5);
  }

  return pdf.finish((page, pages) => `${model.title} · ${l.page(page, pages)}`);
}
