import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a center's organization list as public sources publish it: CSV in CP949 with a
 * title row above the header, one organization per row with a valid business number and
 * 1 row in 1,000 with a wrong check digit. Used by bench/import.sh:
 *
 *   java bench/ImportListGenerator.java 50000 /tmp/list.csv
 */
public class ImportListGenerator {

	private static final int[] WEIGHTS = { 1, 3, 7, 1, 3, 7, 1, 3, 5 };
	private static final String[] TYPES = { "사회적기업", "마을기업", "협동조합", "사회적기업/사회적협동조합", "자활기업", "예비사회적기업" };
	private static final String[] DISTRICTS = { "해운대구", "사상구", "동래구", "수영구", "연제구", "부산진구", "북구", "사하구" };
	private static final String[] INDUSTRIES = { "제조업", "도소매업", "음식점업", "교육 서비스업", "사회복지 서비스업", "청소업" };

	public static void main(String[] args) throws IOException {
		int rows = Integer.parseInt(args[0]);
		Path out = Path.of(args[1]);
		try (BufferedWriter w = Files.newBufferedWriter(out, Charset.forName("x-windows-949"))) {
			w.write("부산광역시 사회적경제기업 현황 (벤치마크용 가상 자료)\r\n");
			w.write("기업현황,업체명,대표자,대표번호,주소,구 부분,공식채널,업종·업태,주요사업,인·지정연도,사업자등록번호\r\n");
			for (int i = 0; i < rows; i++) {
				String nine = "5" + String.format("%08d", i);
				int check = checkDigit(nine);
				if (i % 1000 == 999) {
					check = (check + 1) % 10;
				}
				String number = nine.substring(0, 3) + "-" + nine.substring(3, 5) + "-" + nine.substring(5) + check;
				String district = DISTRICTS[i % DISTRICTS.length];
				w.write(String.join(",", TYPES[i % TYPES.length], "벤치협동조합" + i, "대표" + (i % 997),
						"051-" + String.format("%03d-%04d", i % 1000, i % 10000), "\"부산 " + district + " 벤치로 " + i + "\"",
						district, "", INDUSTRIES[i % INDUSTRIES.length], "지역 사회 서비스와 일자리 " + i,
						String.valueOf(2010 + i % 15), number));
				w.write("\r\n");
			}
		}
	}

	static int checkDigit(String firstNine) {
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			sum += (firstNine.charAt(i) - '0') * WEIGHTS[i];
		}
		sum += (firstNine.charAt(8) - '0') * 5 / 10;
		return (10 - sum % 10) % 10;
	}
}
