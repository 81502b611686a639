package fr.spro.label.reporting;

import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.charts.JRChartCustomizer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;

/**
 * Lets the category labels of a horizontal bar chart take up to two lines and 40 % of the chart's
 * width, so long names ("Autun - Le Creusot - Montceau - Charolais", « Labellisé sous conditions »)
 * are printed whole rather than cut with an ellipsis. Named by templates ({@code customizerClass}),
 * hence public; JasperReports creates one per chart.
 */
public class WideCategoryLabels implements JRChartCustomizer {

    private static final float LABEL_WIDTH_RATIO = 0.4f;

    @Override
    public void customize(JFreeChart chart, JRChart jasperChart) {
        if (chart.getPlot() instanceof CategoryPlot plot) {
            CategoryAxis axis = plot.getDomainAxis();
            axis.setMaximumCategoryLabelWidthRatio(LABEL_WIDTH_RATIO);
            axis.setMaximumCategoryLabelLines(2);
        }
    }
}
