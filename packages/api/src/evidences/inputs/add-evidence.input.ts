import { IsOptional, IsUrl, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { EvidenceCategory } from '../evidence-category.enum';

@InputType('AddEvidenceInput')
export class AddEvidenceInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => String, { description: 'http(s) URL of the stored photo' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  @MaxLength(2000)
  fileUrl!: string;

  @Field(() => EvidenceCategory)
  category!: EvidenceCategory;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  showOnWeb?: boolean | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  isFeatured?: boolean | null;
}
