// Lays the report's HTML out on A4 pages and paints each with a footer: the confidentiality
// marking, the facility and "page X of N". QTextDocument::print would number pages too, but
// without the marking every page of a confidential report must carry.
#include "custos/report/visit_report.h"

#include "report_strings.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace custos::report {
namespace {

constexpr int kDpi = 300;

} // namespace

QByteArray renderVisitReport(const VisitDossier& dossier, const QString& language) {
    const ReportText& text = reportText(language);
    const QString facility = QString::fromStdString(dossier.facility.name);

    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kDpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(20, 18, 20, 16), QPageLayout::Millimeter));
        writer.setTitle(text.documentTitle + QStringLiteral(" — ") + facility);
        writer.setCreator(QStringLiteral("Custos"));

        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(9.5);
        document.setDefaultFont(font);
        document.setHtml(visitReportHtml(dossier, language));

        const QRectF paint = writer.pageLayout().paintRectPixels(kDpi);
        const qreal footer = kDpi * 0.35; // inches: room for one line under the body
        const QSizeF body(paint.width(), paint.height() - footer);
        document.setPageSize(body);
        const int pages = document.pageCount();

        QPainter painter(&writer);
        QFont footerFont = font;
        footerFont.setPointSizeF(7.5);
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -page * body.height());
            document.drawContents(&painter, QRectF(QPointF(0, page * body.height()), body));
            painter.restore();

            painter.setFont(footerFont);
            painter.setPen(Qt::darkGray);
            const QRectF line(0, body.height() + footer * 0.3, body.width(), footer * 0.7);
            painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                             text.confidential + QStringLiteral(" — ") + facility);
            painter.drawText(
                line, Qt::AlignRight | Qt::AlignVCenter,
                QStringLiteral("%1 %2 %3 %4").arg(text.page).arg(page + 1).arg(text.of).arg(pages));
        }
        painter.end();
    }
    buffer.close();
    return pdf;
}

} // namespace custos::report
