import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from "chart.js";
import { useEffect, useRef } from "react";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

interface Props {
  labels: string[];
  /** Decimal strings; converted to numbers for drawing only. */
  values: string[];
  estimated: boolean[];
  label: string;
}

/** Monthly consumption as bars on a canvas; estimated months are drawn lighter. */
export function ConsumptionChart({ labels, values, estimated, label }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: "bar",
      data: {
        labels,
        datasets: [
          {
            label,
            data: values.map(Number),
            backgroundColor: estimated.map((e) => (e ? "rgba(37, 99, 235, 0.35)" : "rgba(37, 99, 235, 0.85)")),
          },
        ],
      },
      options: { responsive: true, maintainAspectRatio: false, animation: false, scales: { y: { beginAtZero: true } } },
    });
    return () => chart.destroy();
  }, [labels, values, estimated, label]);
  return (
    <div className="meter-chart">
      <canvas ref={canvas} role="img" aria-label={label} data-testid="consumption-chart" />
    </div>
  );
}
